package dev.dockwright.shell.commands;

import dev.dockwright.shell.Invocation;
import dev.dockwright.shell.Script;
import java.util.List;
import java.util.Optional;

/**
 * uv's project and tool commands ({@code uv sync}, {@code uv add}, {@code uv tool install},
 * {@code uv venv}, ...); {@code uv pip ...} is a {@link PipCommand} instead.
 *
 * @param action   {@code sync}, {@code add}, {@code remove}, {@code lock}, {@code run}, {@code venv},
 *                 {@code tool}, {@code export}, {@code python}, ...
 * @param operands the operands after the action (packages for {@code add}; for {@code tool}, the
 *                 tool subcommand first)
 */
public record UvCommand(Invocation invocation, String action, ParsedArgs args, List<PackageSpec> operands) {

    static final OptionSpec SPEC = OptionSpec.builder()
            .flag("no-cache", "-n", "--no-cache")
            .flag("frozen", "--frozen")
            .flag("locked", "--locked")
            .flag("no-dev", "--no-dev")
            .flag("no-install-project", "--no-install-project")
            .flag("no-install-workspace", "--no-install-workspace")
            .flag("no-editable", "--no-editable")
            .flag("compile-bytecode", "--compile-bytecode")
            .value("python", "-p", "--python")
            .value("cache-dir", "--cache-dir")
            .value("extra", "--extra")
            .value("group", "--group")
            .value("only-group", "--only-group")
            .value("no-group", "--no-group")
            .value("package", "--package")
            .value("project", "--project")
            .value("directory", "--directory")
            .value("index", "--index", "--index-url", "--default-index")
            .value("extra-index-url", "--extra-index-url")
            .value("find-links", "-f", "--find-links")
            .value("allow-insecure-host", "--allow-insecure-host")
            .value("link-mode", "--link-mode")
            .value("with", "--with")
            .value("output-file", "-o", "--output-file")
            .value("config-file", "--config-file")
            .build();

    public static Optional<UvCommand> match(Invocation inv) {
        if (!inv.is("uv") || (!inv.args().isEmpty() && inv.args().get(0).is("pip"))) {
            return Optional.empty();
        }
        ParsedArgs args = SPEC.parse(inv.args());
        String action = args.firstOperand().orElse("");
        List<PackageSpec> ops = args.operands().isEmpty() ? List.of()
                : args.operands().subList(1, args.operands().size()).stream()
                        .map(w -> PackageSpec.split(w, "==", ">=", "<=", "~=", "!=", ">", "<", "@")).toList();
        return Optional.of(new UvCommand(inv, action, args, ops));
    }

    public static List<UvCommand> in(Script script) {
        return Recognizers.all(script, UvCommand::match);
    }

    public boolean noCache() {
        return args.has("no-cache");
    }

    public boolean frozen() {
        return args.has("frozen");
    }

    public boolean locked() {
        return args.has("locked");
    }

    /** {@code --no-dev}, or only a non-dev group. */
    public boolean noDev() {
        return args.has("no-dev") || args.has("only-group") && !args.values("only-group").contains("dev");
    }

    public boolean noInstallProject() {
        return args.has("no-install-project");
    }

    public boolean noEditable() {
        return args.has("no-editable");
    }
}
