package dev.dockwright.shell.ast;

import java.util.List;
import java.util.Optional;

/**
 * {@code for name in words; do body; done} (or bash's {@code select}). {@code items} is empty when
 * there is no {@code in} clause, which iterates over {@code "$@"}.
 */
public record ForCommand(String variable, Optional<List<Word>> items, CommandList body, boolean select,
                         List<Redirect> redirects, Span span) implements Command {

    public ForCommand {
        items = items.map(List::copyOf);
        redirects = List.copyOf(redirects);
    }
}
