package dev.dockwright.shell.ast;

/**
 * One piece of a {@link Word}: literal text, a quoted string or an expansion. Expansions are kept
 * as syntax, never evaluated: the linter reasons about the script, it does not run it.
 */
public sealed interface WordPart extends Node
        permits Literal, SingleQuoted, DoubleQuoted, AnsiCQuoted, ParameterExpansion, CommandSubstitution,
                ArithmeticExpansion, ProcessSubstitution {

    /** True when the part's value is known without running anything. */
    default boolean isStatic() {
        if (this instanceof DoubleQuoted d) {
            return d.parts().stream().allMatch(WordPart::isStatic);
        }
        return this instanceof Literal || this instanceof SingleQuoted || this instanceof AnsiCQuoted;
    }
}
