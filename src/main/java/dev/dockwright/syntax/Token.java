package dev.dockwright.syntax;

/**
 * One piece of an instruction as BuildKit sees it, and where it came from.
 *
 * <p>{@code value} is BuildKit's string for it: verbatim text for shell-form words (quotes and
 * escapes kept; line continuations removed), the decoded string for a JSON (exec-form) element.
 * {@code range} is the source region it was read from; when the piece was continued over several
 * lines the range spans them, so {@code range.text(source)} can differ from {@code value}.
 */
public record Token(String value, Range range) {
  @Override
  public String toString() {
    return value + "@" + range;
  }
}
