package dev.dockwright.lint;

/**
 * Replace the text between two offsets of the linted file ({@code [start, end)}, UTF-16 indexes
 * into the text that was parsed, as in {@code dev.dockwright.syntax.Position#offset()}).
 * {@code start == end} inserts.
 */
public record TextEdit(int start, int end, String replacement) {

  public TextEdit {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad edit range " + start + ".." + end);
    }
    if (replacement == null) {
      throw new IllegalArgumentException("replacement must not be null");
    }
  }

  public static TextEdit insert(int offset, String text) {
    return new TextEdit(offset, offset, text);
  }

  public static TextEdit delete(int start, int end) {
    return new TextEdit(start, end, "");
  }

  public static TextEdit replace(int start, int end, String text) {
    return new TextEdit(start, end, text);
  }
}
