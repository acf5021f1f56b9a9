package dev.dockwright.model;

import dev.dockwright.syntax.Dockerfile;
import dev.dockwright.syntax.Range;
import dev.dockwright.syntax.Token;

/**
 * Maps offsets in a text the build sees (a shell-form RUN command after BuildKit joined its line
 * continuations, a JSON string element, a here-document body) back to the Dockerfile, so a finding
 * about one word of a shell script points at that word in the file.
 */
public abstract sealed class SourceMap {

  /** The Dockerfile range of the text {@code [start, end)}. */
  public abstract Range range(int start, int end);

  /** The Dockerfile offset of the text's character at {@code offset}. */
  public int sourceOffset(int offset) {
    return range(offset, offset + 1).startOffset();
  }

  /** A token's value: the parser knows where each of its characters came from. */
  public static SourceMap of(Token token) {
    return new OfToken(token);
  }

  /** A text copied verbatim from the source, starting at {@code sourceStart}. */
  public static SourceMap verbatim(Dockerfile dockerfile, int sourceStart) {
    return new Verbatim(dockerfile, sourceStart);
  }

  /**
   * A {@code <<-} here-document body with its leading tabs removed: {@code content} is the body
   * as written, starting at {@code sourceStart}; offsets refer to the chomped text.
   */
  public static SourceMap chomped(Dockerfile dockerfile, int sourceStart, String content) {
    int[] offsets = new int[content.length() + 1];
    int j = 0;
    boolean lineStart = true;
    for (int i = 0; i < content.length(); i++) {
      char c = content.charAt(i);
      if (lineStart && c == '\t') {
        continue; // removed by chomping
      }
      lineStart = c == '\n';
      offsets[j++] = sourceStart + i;
    }
    offsets[j] = sourceStart + content.length();
    return new Offsets(dockerfile, java.util.Arrays.copyOf(offsets, j + 1));
  }

  /** A text built from pieces of the source: {@code offsets[i]} is the source offset of char i. */
  static SourceMap ofOffsets(Dockerfile dockerfile, int[] offsets) {
    return new Offsets(dockerfile, offsets.clone());
  }

  private static final class OfToken extends SourceMap {
    private final Token token;

    OfToken(Token token) {
      this.token = token;
    }

    @Override
    public Range range(int start, int end) {
      int n = token.value().length();
      int s = Math.max(0, Math.min(start, n));
      return token.subRange(s, Math.max(s, Math.min(end, n)));
    }
  }

  private static final class Verbatim extends SourceMap {
    private final Dockerfile dockerfile;
    private final int sourceStart;

    Verbatim(Dockerfile dockerfile, int sourceStart) {
      this.dockerfile = dockerfile;
      this.sourceStart = sourceStart;
    }

    @Override
    public Range range(int start, int end) {
      int max = dockerfile.text().length();
      int s = Math.min(sourceStart + Math.max(0, start), max);
      return dockerfile.lines().range(s, Math.max(s, Math.min(sourceStart + end, max)));
    }
  }

  private static final class Offsets extends SourceMap {
    private final Dockerfile dockerfile;
    private final int[] offsets; // offsets[i] = source offset of text char i; last = end

    Offsets(Dockerfile dockerfile, int[] offsets) {
      this.dockerfile = dockerfile;
      this.offsets = offsets;
    }

    @Override
    public Range range(int start, int end) {
      int last = offsets.length - 1;
      int s = offsets[Math.max(0, Math.min(start, last))];
      int e = end <= start ? s : offsets[Math.max(0, Math.min(end - 1, last))] + 1;
      return dockerfile.lines().range(s, Math.max(s, e));
    }
  }
}
