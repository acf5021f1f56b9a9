package dev.dockwright.shell.ast;

import java.util.List;

/**
 * {@code [time] [!] cmd1 | cmd2 |& cmd3}. Without {@code pipefail} only the last command's status
 * counts, which is why rules ask where in a pipeline a command sits.
 *
 * @param pipeAll  {@code pipeAll.get(i)} is true when {@code commands.get(i)} is joined to the next
 *                 one by {@code |&} (stderr too) instead of {@code |}
 */
public record Pipeline(List<Command> commands, List<Boolean> pipeAll, boolean negated, boolean timed, Span span)
        implements Node {

    public Pipeline {
        commands = List.copyOf(commands);
        pipeAll = List.copyOf(pipeAll);
    }

    public boolean isPiped() {
        return commands.size() > 1;
    }
}
