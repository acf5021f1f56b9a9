package dev.dockwright.shell.commands;

import dev.dockwright.shell.Invocation;
import dev.dockwright.shell.Script;
import java.util.List;
import java.util.Optional;

/** {@code pipenv install --system --deploy}, {@code pipenv sync}, ... */
public record PipenvCommand(Invocation invocation, String action, ParsedArgs args) {

    static final OptionSpec SPEC = OptionSpec.builder()
            .flag("system", "--system")
            .flag("deploy", "--deploy")
            .flag("dev", "-d", "--dev")
            .flag("ignore-pipfile", "--ignore-pipfile")
            .flag("skip-lock", "--skip-lock")
            .value("python", "--python")
            .value("requirements", "-r", "--requirements")
            .value("categories", "--categories")
            .build();

    public static Optional<PipenvCommand> match(Invocation inv) {
        if (!inv.is("pipenv")) {
            return Optional.empty();
        }
        ParsedArgs args = SPEC.parse(inv.args());
        return Optional.of(new PipenvCommand(inv, args.firstOperand().orElse(""), args));
    }

    public static List<PipenvCommand> in(Script script) {
        return Recognizers.all(script, PipenvCommand::match);
    }

    public boolean system() {
        return args.has("system");
    }

    public boolean deploy() {
        return args.has("deploy");
    }
}
