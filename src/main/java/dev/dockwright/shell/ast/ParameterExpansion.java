package dev.dockwright.shell.ast;

import java.util.Optional;

/**
 * {@code $x}, {@code ${x}}, {@code ${x:-default}}, {@code ${#x}}, {@code ${x%%.*}} and friends, kept
 * unevaluated.
 *
 * @param name      the parameter: a variable name, a digit string or one of {@code @ * # ? - $ ! 0};
 *                  may carry an array subscript such as {@code arr[@]}
 * @param prefix    {@code "#"} (length), {@code "!"} (indirection) or {@code ""}
 * @param operator  the operator after the name ({@code ":-"}, {@code "%%"}, {@code "/"}, ...), or
 *                  {@code ""} when there is none
 * @param argument  the word after the operator, e.g. {@code default} in {@code ${x:-default}}
 * @param braced    whether the {@code ${...}} form was used
 * @param text      the source text of the whole expansion
 */
public record ParameterExpansion(
        String name, String prefix, String operator, Optional<Word> argument, boolean braced, String text, Span span)
        implements WordPart {}
