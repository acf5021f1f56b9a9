package dev.dockwright.syntax;

import java.util.Objects;

/**
 * One piece of an instruction as BuildKit sees it, and where it came from.
 *
 * <p>{@code value} is BuildKit's string for it: verbatim text for shell-form words (quotes and
 * escapes kept; line continuations removed), the decoded string for a JSON (exec-form) element.
 * {@code range} is the source region it was read from; when the piece was continued over several
 * lines the range spans them, so {@code range.text(source)} can differ from {@code value}.
 * {@link #subRange} maps positions inside {@code value} back to the source, which is what the
 * shell parser and rules need to point into a multi-line RUN or an escaped JSON string.
 *
 * <p>Immutable; equality is by value and range. (A class rather than a record only to keep the
 * character map private.)
 */
public final class Token {
  private final String value;
  private final Range range;
  private final LogicalLine.CharMap chars;

  /** A token without a character map: {@link #subRange} can only answer with the whole range. */
  public Token(String value, Range range) {
    this(value, range, null);
  }

  Token(String value, Range range, LogicalLine.CharMap chars) {
    this.value = Objects.requireNonNull(value);
    this.range = Objects.requireNonNull(range);
    this.chars = chars;
  }

  public String value() {
    return value;
  }

  public Range range() {
    return range;
  }

  /**
   * The source range of {@code value.substring(from, to)}: from the first character's source
   * position to just after the last one's (a JSON escape such as {@code \n} counts as one
   * character spanning its whole escape). An empty range sits before {@code value.charAt(from)}
   * (or after the last character when {@code from} is the length).
   *
   * @throws IndexOutOfBoundsException unless {@code 0 <= from <= to <= value.length()}
   */
  public Range subRange(int from, int to) {
    Objects.checkFromToIndex(from, to, value.length());
    if (chars == null) {
      return range;
    }
    int start;
    int end;
    if (from < to) {
      start = chars.start(from);
      end = chars.end(to - 1);
    } else if (from < value.length()) {
      start = end = chars.start(from);
    } else {
      start = end = value.isEmpty() ? range.startOffset() : chars.end(value.length() - 1);
    }
    start = Math.max(range.startOffset(), Math.min(start, range.endOffset()));
    end = Math.max(start, Math.min(end, range.endOffset()));
    return chars.lines().range(start, end);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Token t && t.value.equals(value) && t.range.equals(range);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value, range);
  }

  @Override
  public String toString() {
    return value + "@" + range;
  }
}
