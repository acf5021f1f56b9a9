package dev.dockwright.shell.commands;

import dev.dockwright.shell.Invocation;
import dev.dockwright.shell.Script;
import dev.dockwright.shell.ast.Word;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code npm install}: DL3016 (pin versions with {@code @}). A scoped name's leading {@code @}
 * is part of the name ({@code @scope/pkg@1.2}).
 *
 * @param packages for install-like actions, the package operands
 */
public record NpmCommand(Invocation invocation, String action, ParsedArgs args, List<PackageSpec> packages) {

    static final OptionSpec SPEC = OptionSpec.builder()
            .flag("global", "-g", "--global")
            .flag("production", "--production")
            .value("omit", "--omit")
            .value("loglevel", "--loglevel")
            .value("registry", "--registry")
            .value("prefix", "--prefix")
            .value("workspace", "-w", "--workspace")
            .value("tag", "--tag")
            .value("cache", "--cache")
            .build();

    private static final Set<String> INSTALLS = Set.of("install", "i", "add", "isntall", "in", "ins", "inst", "insta",
            "instal", "isnt", "isnta", "isntal");

    public static Optional<NpmCommand> match(Invocation inv) {
        if (!inv.is("npm")) {
            return Optional.empty();
        }
        ParsedArgs args = SPEC.parse(inv.args());
        String action = args.firstOperand().orElse("");
        List<PackageSpec> packages = INSTALLS.contains(action)
                ? args.operands().subList(1, args.operands().size()).stream().map(NpmCommand::npm).toList()
                : List.of();
        return Optional.of(new NpmCommand(inv, action, args, packages));
    }

    public static List<NpmCommand> in(Script script) {
        return Recognizers.all(script, NpmCommand::match);
    }

    static PackageSpec npm(Word w) {
        String t = w.unquoted();
        PackageSpec.Kind kind = PackageSpec.kindOf(t);
        if (t.startsWith("git+") || t.startsWith("git://") || t.startsWith("github:")) {
            kind = PackageSpec.Kind.VCS;
        }
        if (kind != PackageSpec.Kind.NAME) {
            int hash = t.indexOf('#');
            return new PackageSpec(w, t, hash >= 0 ? "#" : "", hash >= 0 ? Optional.of(t.substring(hash + 1))
                    : Optional.empty(), kind);
        }
        int at = t.indexOf('@', t.startsWith("@") ? 1 : 0);
        return at > 0 ? new PackageSpec(w, t.substring(0, at), "@", Optional.of(t.substring(at + 1)), kind)
                : new PackageSpec(w, t, "", Optional.empty(), kind);
    }

    public boolean isInstall() {
        return INSTALLS.contains(action);
    }

    public boolean global() {
        return args.has("global");
    }
}
