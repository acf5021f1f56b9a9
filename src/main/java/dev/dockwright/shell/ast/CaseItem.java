package dev.dockwright.shell.ast;

import java.util.List;

/**
 * {@code pattern1 | pattern2) body ;;}.
 *
 * @param terminator {@code ";;"}, {@code ";&"}, {@code ";;&"}, or {@code ""} for the last item
 */
public record CaseItem(List<Word> patterns, CommandList body, String terminator, Span span) implements Node {

    public CaseItem {
        patterns = List.copyOf(patterns);
    }
}
