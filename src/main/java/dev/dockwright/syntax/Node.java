package dev.dockwright.syntax;

/**
 * A top-level element of a Dockerfile, one or more whole physical lines. The nodes of a
 * {@link Dockerfile} tile its text: their {@link #span()}s follow each other without gap or
 * overlap, so concatenating their {@link #text()}s gives back the input exactly.
 */
public sealed interface Node permits Directive, Comment, BlankLine, Instruction {

  /** The meaningful part (from the keyword or {@code #} to the last character before the line end). */
  Range range();

  /** The whole physical lines, with indentation and line terminators. */
  Range span();

  /** The source text of {@link #span()}. */
  String text();
}
