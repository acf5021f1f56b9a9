package dev.dockwright.shell.commands;

import dev.dockwright.shell.Invocation;
import dev.dockwright.shell.Script;
import java.util.List;
import java.util.Optional;

/**
 * Alpine's {@code apk}: DL3018 (pin versions), DL3019 ({@code --no-cache}), and cache rules.
 *
 * @param action   {@code add}, {@code del}, {@code update}, {@code upgrade}, {@code cache}, ...
 * @param packages operands after {@code add}/{@code del}, pins {@code =}, {@code ~}, {@code >=}, ...
 */
public record ApkCommand(Invocation invocation, String action, ParsedArgs args, List<PackageSpec> packages) {

    static final OptionSpec SPEC = OptionSpec.builder()
            .flag("no-cache", "--no-cache")
            .flag("update", "-U", "--update", "--update-cache")
            .value("virtual", "-t", "--virtual")
            .value("repository", "-X", "--repository")
            .value("root", "-p", "--root")
            .value("arch", "--arch")
            .value("cache-dir", "--cache-dir")
            .value("keys-dir", "--keys-dir")
            .value("repositories-file", "--repositories-file")
            .flag("allow-untrusted", "--allow-untrusted")
            .build();

    public static Optional<ApkCommand> match(Invocation inv) {
        if (!inv.is("apk")) {
            return Optional.empty();
        }
        ParsedArgs args = SPEC.parse(inv.args());
        String action = args.firstOperand().orElse("");
        List<PackageSpec> packages = action.equals("add") || action.equals("del")
                ? args.operands().subList(1, args.operands().size()).stream()
                        .map(w -> PackageSpec.split(w, ">=", "<=", "=", "~", ">", "<")).toList()
                : List.of();
        return Optional.of(new ApkCommand(inv, action, args, packages));
    }

    public static List<ApkCommand> in(Script script) {
        return Recognizers.all(script, ApkCommand::match);
    }

    public boolean isAdd() {
        return action.equals("add");
    }

    public boolean noCache() {
        return args.has("no-cache");
    }

    public boolean update() {
        return args.has("update");
    }

    public Optional<String> virtual() {
        return args.value("virtual");
    }
}
