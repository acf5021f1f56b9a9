package dev.dockwright.shell.ast;

/**
 * One and-or list of a {@link CommandList} with the separator that ended it. A trailing {@code &}
 * runs the list in the background, so its failure never stops the build.
 */
public record ListItem(AndOr andOr, Separator separator, Span span) implements Node {

    /** What ended a list item. */
    public enum Separator {
        SEMICOLON,
        AMPERSAND,
        NEWLINE,
        /** end of input or of the enclosing construct */
        NONE
    }

    public boolean background() {
        return separator == Separator.AMPERSAND;
    }
}
