package dev.dockwright.shell.commands;

import dev.dockwright.shell.Invocation;
import dev.dockwright.shell.Script;
import java.util.List;
import java.util.Optional;

/**
 * {@code poetry install}, {@code poetry add}, {@code poetry config}, {@code poetry export}, ...
 *
 * @param action the command ({@code install}, {@code add}, {@code config}, {@code export}, {@code self}, ...)
 */
public record PoetryCommand(Invocation invocation, String action, ParsedArgs args) {

    static final OptionSpec SPEC = OptionSpec.builder()
            .flag("no-root", "--no-root")
            .flag("no-dev", "--no-dev")
            .flag("no-interaction", "-n", "--no-interaction")
            .flag("no-cache", "--no-cache")
            .flag("sync", "--sync")
            .flag("compile", "--compile")
            .value("only", "--only")
            .value("without", "--without")
            .value("with", "--with")
            .value("extras", "-E", "--extras")
            .value("directory", "-C", "--directory")
            .value("project", "-P", "--project")
            .value("format", "-f", "--format")
            .value("output", "-o", "--output")
            .value("group", "-G", "--group")
            .build();

    public static Optional<PoetryCommand> match(Invocation inv) {
        if (!inv.is("poetry")) {
            return Optional.empty();
        }
        ParsedArgs args = SPEC.parse(inv.args());
        return Optional.of(new PoetryCommand(inv, args.firstOperand().orElse(""), args));
    }

    public static List<PoetryCommand> in(Script script) {
        return Recognizers.all(script, PoetryCommand::match);
    }

    public boolean isInstall() {
        return action.equals("install");
    }

    public boolean noRoot() {
        return args.has("no-root");
    }

    /** Dev dependencies left out: {@code --only main}, {@code --without dev}, or the old {@code --no-dev}. */
    public boolean withoutDev() {
        return args.has("no-dev") || args.values("only").stream().anyMatch(v -> !v.contains("dev"))
                || args.values("without").stream().anyMatch(v -> v.contains("dev"));
    }

    /** {@code poetry config KEY VALUE}: the key and value, if this is one. */
    public Optional<List<String>> config() {
        return action.equals("config") && args.operands().size() >= 3
                ? Optional.of(args.operandTexts().subList(1, 3))
                : Optional.empty();
    }
}
