package dev.dockwright.shell.commands;

import dev.dockwright.shell.Invocation;
import dev.dockwright.shell.ResolvedCommand;
import dev.dockwright.shell.ast.Command;
import dev.dockwright.shell.ast.SimpleCommand;
import java.util.Optional;
import java.util.Set;

/** What curl and wget have in common: is the download piped straight into an interpreter? */
final class Downloads {

    static final Set<String> INTERPRETERS = Set.of("sh", "bash", "dash", "ash", "zsh", "ksh", "python", "perl", "ruby",
            "node", "php");

    private Downloads() {}

    /** The interpreter the output is piped into ({@code curl ... | sudo bash}), if any. */
    static Optional<String> pipedToInterpreter(Invocation inv) {
        Optional<Command> next = inv.pipedInto();
        if (next.isEmpty() || !(next.get() instanceof SimpleCommand sc)) {
            return Optional.empty();
        }
        ResolvedCommand r = ResolvedCommand.of(sc.words());
        return r.program() != null && INTERPRETERS.contains(r.program()) ? Optional.of(r.program()) : Optional.empty();
    }
}
