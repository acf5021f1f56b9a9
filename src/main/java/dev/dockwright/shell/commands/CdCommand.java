package dev.dockwright.shell.commands;

import dev.dockwright.shell.Invocation;
import dev.dockwright.shell.Script;
import dev.dockwright.shell.ast.Word;
import java.util.List;
import java.util.Optional;

/** {@code cd DIR}: DL3003 (use WORKDIR). {@code cd} alone goes home; {@code cd -} goes back. */
public record CdCommand(Invocation invocation, Optional<Word> target) {

    static final OptionSpec SPEC = OptionSpec.builder().flag("L", "-L").flag("P", "-P").flag("e", "-e").build();

    public static Optional<CdCommand> match(Invocation inv) {
        if (!inv.is("cd")) {
            return Optional.empty();
        }
        List<Word> ops = SPEC.parse(inv.args()).operands();
        return Optional.of(new CdCommand(inv, ops.isEmpty() ? Optional.empty() : Optional.of(ops.get(0))));
    }

    public static List<CdCommand> in(Script script) {
        return Recognizers.all(script, CdCommand::match);
    }
}
