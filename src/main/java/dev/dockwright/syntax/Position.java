package dev.dockwright.syntax;

/**
 * A point in a Dockerfile's text.
 *
 * <p>{@code offset} is the 0-based index into the {@link String} that was parsed (UTF-16 code
 * units), so fixes can splice text by offset without re-counting. {@code line} and {@code column}
 * are 1-based, as editors and report formats (SARIF, checkstyle, gnu) show them; columns count
 * UTF-16 units from the start of the line. Lines end at {@code \n} only, as in BuildKit (a lone
 * {@code \r} is ordinary text). A leading byte-order mark is character 0 of line 1.
 */
public record Position(int offset, int line, int column) implements Comparable<Position> {

  public Position {
    if (offset < 0 || line < 1 || column < 1) {
      throw new IllegalArgumentException("bad position " + offset + " " + line + ":" + column);
    }
  }

  @Override
  public int compareTo(Position other) {
    return Integer.compare(offset, other.offset);
  }

  @Override
  public String toString() {
    return line + ":" + column;
  }
}
