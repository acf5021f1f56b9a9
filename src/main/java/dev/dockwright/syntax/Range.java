package dev.dockwright.syntax;

/**
 * A region of a Dockerfile's text from {@code start} (inclusive) to {@code end} (exclusive).
 *
 * <p>Every syntax element carries one: findings point at it, and fixes replace exactly
 * {@code [startOffset, endOffset)} of the parsed string. A range may span several physical lines
 * (an argument continued with a backslash); it then also covers the continuation characters and
 * any comment lines between the pieces, because those sit inside it in the source.
 */
public record Range(Position start, Position end) {

  public Range {
    if (end.offset() < start.offset()) {
      throw new IllegalArgumentException("range ends before it starts: " + start + "-" + end);
    }
  }

  public int startOffset() {
    return start.offset();
  }

  public int endOffset() {
    return end.offset();
  }

  public int length() {
    return end.offset() - start.offset();
  }

  public boolean isEmpty() {
    return length() == 0;
  }

  /** True when {@code other} lies within this range (an empty range at either edge counts). */
  public boolean contains(Range other) {
    return start.offset() <= other.start.offset() && other.end.offset() <= end.offset();
  }

  /** The text this range covers in {@code source} (the string that was parsed). */
  public String text(String source) {
    return source.substring(start.offset(), end.offset());
  }

  @Override
  public String toString() {
    return start + "-" + end;
  }
}
