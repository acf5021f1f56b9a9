package dev.dockwright.syntax;

import java.util.Arrays;

/**
 * Turns offsets into {@link Position}s for one text. Lines are split after each {@code \n}, the
 * only line terminator BuildKit knows ({@code \r\n} lines simply end with a {@code \r}).
 */
public final class LineIndex {
  private final int length;
  private final int[] lineStarts;

  public LineIndex(String text) {
    this.length = text.length();
    int[] starts = new int[16];
    int count = 1;
    for (int i = 0; i < length; i++) {
      if (text.charAt(i) == '\n') {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i + 1;
      }
    }
    this.lineStarts = Arrays.copyOf(starts, count);
  }

  /** Number of lines; a text ending in {@code \n} has an empty last line after it. */
  public int lineCount() {
    return lineStarts.length;
  }

  /** Offset of the first character of a 1-based line. */
  public int lineStart(int line) {
    return lineStarts[line - 1];
  }

  /** The position of {@code offset} (0 to the text's length, both inclusive). */
  public Position position(int offset) {
    if (offset < 0 || offset > length) {
      throw new IndexOutOfBoundsException("offset " + offset + " outside 0.." + length);
    }
    int idx = Arrays.binarySearch(lineStarts, offset);
    int line = idx >= 0 ? idx : -idx - 2;
    return new Position(offset, line + 1, offset - lineStarts[line] + 1);
  }

  public Range range(int startOffset, int endOffset) {
    return new Range(position(startOffset), position(endOffset));
  }
}
