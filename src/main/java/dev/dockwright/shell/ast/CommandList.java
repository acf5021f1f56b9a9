package dev.dockwright.shell.ast;

import java.util.List;

/**
 * A sequence of and-or lists separated by {@code ;}, {@code &} or newlines: a whole script, the
 * body of a group or loop, the inside of {@code $(...)}.
 */
public record CommandList(List<ListItem> items, Span span) implements Node {

    public CommandList {
        items = List.copyOf(items);
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }
}
