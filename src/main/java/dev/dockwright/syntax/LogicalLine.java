package dev.dockwright.syntax;

import java.util.Arrays;

/**
 * An instruction's logical line (physical pieces joined after removing continuation characters)
 * together with the map back to source offsets, so anything found in the joined text gets an
 * exact source range.
 */
final class LogicalLine {
  final String text;
  private final int[] logicalStarts;
  private final int[] sourceStarts;
  private final int pieces;
  private final int anchor;
  private final LineIndex lines;

  private LogicalLine(Builder b) {
    this.text = b.text.toString();
    this.logicalStarts = Arrays.copyOf(b.logicalStarts, b.pieces);
    this.sourceStarts = Arrays.copyOf(b.sourceStarts, b.pieces);
    this.pieces = b.pieces;
    this.anchor = b.anchor;
    this.lines = b.lines;
  }

  /** Source offset of the character at logical index {@code i} (0 ≤ i < length). */
  int source(int i) {
    int p = Arrays.binarySearch(logicalStarts, 0, pieces, i);
    if (p < 0) {
      p = -p - 2;
    }
    return sourceStarts[p] + (i - logicalStarts[p]);
  }

  /** Source range of logical {@code [from, to)}; an empty range sits where {@code from} would. */
  Range range(int from, int to) {
    int start;
    int end;
    if (from < to) {
      start = source(from);
      end = source(to - 1) + 1;
    } else {
      start = from < text.length() ? source(from) : endOffset();
      end = start;
    }
    return lines.range(start, end);
  }

  Token token(int from, int to) {
    return new Token(text.substring(from, to), range(from, to), new CharMap(this, from, null));
  }

  /** A token whose value's characters sit at logical {@code from}, {@code from + 1}, ... */
  Token token(String value, int from, int to) {
    return new Token(value, range(from, to), new CharMap(this, from, null));
  }

  /** A token whose value's character {@code i} starts at logical {@code starts[i]} (length + 1 entries). */
  Token token(String value, int from, int to, int[] starts) {
    return new Token(value, range(from, to), new CharMap(this, from, starts));
  }

  LineIndex lines() {
    return lines;
  }

  /** Maps a token's value characters to source offsets. */
  record CharMap(LogicalLine line, int base, int[] starts) {
    private int logicalStart(int i) {
      return Math.min(starts == null ? base + i : starts[i], line.text.length() - 1);
    }

    private int logicalEnd(int i) {
      return Math.min(starts == null ? base + i + 1 : starts[i + 1], line.text.length());
    }

    int start(int i) {
      return line.text.isEmpty() ? line.endOffset() : line.source(Math.max(0, logicalStart(i)));
    }

    int end(int i) {
      int e = logicalEnd(i);
      return e <= 0 ? line.endOffset() : line.source(e - 1) + 1;
    }

    LineIndex lines() {
      return line.lines();
    }
  }

  /** Source offset just after the last logical character (or the anchor when empty). */
  int endOffset() {
    return text.isEmpty() ? anchor : source(text.length() - 1) + 1;
  }

  static final class Builder {
    private final StringBuilder text = new StringBuilder();
    private int[] logicalStarts = new int[4];
    private int[] sourceStarts = new int[4];
    private int pieces;
    private final int anchor;
    private final LineIndex lines;

    /** {@code anchor}: where an empty logical line is placed (the instruction's first line). */
    Builder(LineIndex lines, int anchor) {
      this.lines = lines;
      this.anchor = anchor;
    }

    void append(String source, int from, int to) {
      if (from >= to) {
        return;
      }
      if (pieces == logicalStarts.length) {
        logicalStarts = Arrays.copyOf(logicalStarts, pieces * 2);
        sourceStarts = Arrays.copyOf(sourceStarts, pieces * 2);
      }
      logicalStarts[pieces] = text.length();
      sourceStarts[pieces] = from;
      pieces++;
      text.append(source, from, to);
    }

    LogicalLine build() {
      return new LogicalLine(this);
    }
  }
}
