package dev.dockwright.shell.ast;

import java.util.List;

/**
 * The body of a here-document, read from the line after the command that opened it.
 *
 * @param delimiter  the delimiter with quotes removed
 * @param quoted     true when the delimiter was quoted, so the body is literal (no expansion)
 * @param stripTabs  true for {@code <<-}: leading tabs are removed from each line
 * @param parts      the body: a single literal when quoted, otherwise literal text and expansions
 * @param terminated false when the input ended before the delimiter line
 * @param span       the body text (without the delimiter line)
 */
public record Heredoc(String delimiter, boolean quoted, boolean stripTabs, List<WordPart> parts, boolean terminated, Span span)
        implements Node {

    public Heredoc {
        parts = List.copyOf(parts);
    }

    /** The body with quotes and escapes processed, expansions kept as source text, tabs stripped for {@code <<-}. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        Word.appendUnquoted(parts, sb);
        if (!stripTabs) {
            return sb.toString();
        }
        return sb.toString().replaceAll("(?m)^\t+", "");
    }
}
