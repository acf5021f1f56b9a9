package dev.dockwright.shell.commands;

import dev.dockwright.shell.Invocation;
import dev.dockwright.shell.Script;
import java.util.List;
import java.util.Optional;

/**
 * {@code gem install}: DL3028 (pin versions with {@code name:version} or {@code -v}).
 *
 * <p>Options the spec does not know are taken to have a value, as hadolint does, and words after
 * {@code --} are build arguments, not gems.
 *
 * @param packages the gem operands; {@code -v}/{@code --version} applies to them all (see {@link #version()})
 */
public record GemCommand(Invocation invocation, String action, ParsedArgs args, List<PackageSpec> packages) {

    static final OptionSpec SPEC = OptionSpec.builder()
            .value("version", "-v", "--version")
            .value("install-dir", "-i", "--install-dir")
            .value("bindir", "-n", "--bindir")
            .value("source", "-s", "--source")
            .value("platform", "--platform")
            .flag("no-document", "-N", "--no-document")
            .unknownOptionsTakeValues()
            .build();

    public static Optional<GemCommand> match(Invocation inv) {
        if (!inv.is("gem")) {
            return Optional.empty();
        }
        ParsedArgs args = SPEC.parse(inv.args());
        String action = args.firstOperand().orElse("");
        List<PackageSpec> gems = action.equals("install") || action.equals("i")
                ? args.operandsBeforeDoubleDash().stream().skip(1)
                        .map(w -> PackageSpec.split(w, ":")).toList()
                : List.of();
        return Optional.of(new GemCommand(inv, action, args, gems));
    }

    public static List<GemCommand> in(Script script) {
        return Recognizers.all(script, GemCommand::match);
    }

    public boolean isInstall() {
        return action.equals("install") || action.equals("i");
    }

    public Optional<String> version() {
        return args.value("version");
    }
}
