package dev.dockwright.shell.commands;

import dev.dockwright.shell.Invocation;
import dev.dockwright.shell.Script;
import java.util.List;
import java.util.Optional;

/** {@code pdm install --prod}, {@code pdm sync}, {@code pdm add}, ... */
public record PdmCommand(Invocation invocation, String action, ParsedArgs args) {

    static final OptionSpec SPEC = OptionSpec.builder()
            .flag("prod", "--prod", "--production")
            .flag("no-editable", "--no-editable")
            .flag("no-self", "--no-self")
            .flag("frozen-lockfile", "--frozen-lockfile")
            .flag("check", "--check")
            .value("group", "-G", "--group")
            .value("project", "-p", "--project")
            .value("lockfile", "-L", "--lockfile")
            .build();

    public static Optional<PdmCommand> match(Invocation inv) {
        if (!inv.is("pdm")) {
            return Optional.empty();
        }
        ParsedArgs args = SPEC.parse(inv.args());
        return Optional.of(new PdmCommand(inv, args.firstOperand().orElse(""), args));
    }

    public static List<PdmCommand> in(Script script) {
        return Recognizers.all(script, PdmCommand::match);
    }

    public boolean prod() {
        return args.has("prod");
    }
}
