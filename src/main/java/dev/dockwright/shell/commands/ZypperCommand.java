package dev.dockwright.shell.commands;

import dev.dockwright.shell.Invocation;
import dev.dockwright.shell.Script;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * SUSE's {@code zypper}: DL3034 (non-interactive), DL3035 (dist-upgrade), DL3036 (clean), DL3037
 * (versions). Global and command options are parsed together.
 *
 * @param action   the command as written ({@code install} or {@code in}, {@code clean} or {@code cc}, ...)
 * @param packages operands of install/remove-like commands, pins {@code =}, {@code >=}, {@code <}, ...
 */
public record ZypperCommand(Invocation invocation, String action, ParsedArgs args, List<PackageSpec> packages) {

    static final OptionSpec SPEC = OptionSpec.builder()
            .flag("non-interactive", "-n", "--non-interactive")
            .flag("no-confirm", "-y", "--no-confirm")
            .flag("no-recommends", "--no-recommends")
            .value("root", "-R", "--root")
            .value("repo", "-r", "--repo", "--from")
            .value("type", "-t", "--type")
            .value("config", "-c", "--config")
            .build();

    private static final Set<String> WITH_PACKAGES =
            Set.of("install", "in", "remove", "rm", "source-install", "si", "update", "up");

    public static Optional<ZypperCommand> match(Invocation inv) {
        if (!inv.is("zypper")) {
            return Optional.empty();
        }
        ParsedArgs args = SPEC.parse(inv.args());
        String action = args.firstOperand().orElse("");
        List<PackageSpec> packages = WITH_PACKAGES.contains(action)
                ? args.operands().subList(1, args.operands().size()).stream()
                        .map(w -> PackageSpec.split(w, ">=", "<=", "=", ">", "<")).toList()
                : List.of();
        return Optional.of(new ZypperCommand(inv, action, args, packages));
    }

    public static List<ZypperCommand> in(Script script) {
        return Recognizers.all(script, ZypperCommand::match);
    }

    public boolean isInstall() {
        return action.equals("install") || action.equals("in");
    }

    public boolean isClean() {
        return action.equals("clean") || action.equals("cc");
    }

    public boolean isDistUpgrade() {
        return action.equals("dist-upgrade") || action.equals("dup");
    }

    /** {@code -n}/{@code --non-interactive} or {@code -y}/{@code --no-confirm}. */
    public boolean nonInteractive() {
        return args.hasAny("non-interactive", "no-confirm");
    }
}
