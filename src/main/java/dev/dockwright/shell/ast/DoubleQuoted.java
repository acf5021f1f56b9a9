package dev.dockwright.shell.ast;

import java.util.List;

/**
 * {@code "text"}: may hold literal text and expansions. Also used for bash's locale string
 * {@code $"text"}, which behaves the same for a linter.
 */
public record DoubleQuoted(List<WordPart> parts, Span span) implements WordPart {

    public DoubleQuoted {
        parts = List.copyOf(parts);
    }
}
