package dev.dockwright.model;

import dev.dockwright.syntax.Dockerfile;
import dev.dockwright.syntax.Range;
import dev.dockwright.syntax.Token;

/**
 * Maps offsets in a text the build sees (a shell-form RUN command after BuildKit joined its line
 * continuations, a here-document body) back to offsets in the Dockerfile, so a finding about one
 * word of a shell script points at that word in the file.
 *
 * <p>Joining removes, at each continuation, the escape character, trailing blanks, the line break
 * and any comment or blank lines that follow. Walking the source and the joined text side by side
 * and skipping exactly those characters gives every joined character its source offset.
 */
public final class SourceMap {

  private final Dockerfile dockerfile;
  private final int[] offsets; // offsets[i] = source offset of joined char i; last = end

  private SourceMap(Dockerfile dockerfile, int[] offsets) {
    this.dockerfile = dockerfile;
    this.offsets = offsets;
  }

  /** A text copied verbatim from the source, starting at {@code sourceStart}. */
  public static SourceMap verbatim(Dockerfile dockerfile, int sourceStart, int length) {
    int[] offsets = new int[length + 1];
    for (int i = 0; i <= length; i++) {
      offsets[i] = sourceStart + i;
    }
    return new SourceMap(dockerfile, offsets);
  }

  /**
   * A {@code <<-} here-document body after BuildKit removed the leading tabs of its lines
   * ({@link dev.dockwright.syntax.Heredoc#chompContent}): every kept character keeps its offset
   * in {@code raw}, which starts at {@code sourceStart}.
   */
  public static SourceMap chomped(Dockerfile dockerfile, int sourceStart, String raw) {
    int[] offsets = new int[raw.length() + 1];
    int j = 0;
    boolean lineStart = true;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (lineStart && c == '\t') {
        continue;
      }
      lineStart = c == '\n';
      offsets[j++] = sourceStart + i;
    }
    offsets[j] = sourceStart + raw.length();
    return new SourceMap(dockerfile, java.util.Arrays.copyOf(offsets, j + 1));
  }

  /** The joined value of {@code token} (continuations removed) against its source range. */
  public static SourceMap joined(Dockerfile dockerfile, Token token) {
    String source = dockerfile.text();
    String value = token.value();
    int start = token.range().startOffset();
    int end = token.range().endOffset();
    int[] offsets = new int[value.length() + 1];
    char escape = dockerfile.escapeChar();
    int i = start;
    int j = 0;
    while (j < value.length()) {
      if (i >= end) {
        // The value holds text the range does not (should not happen): pin the rest to the end.
        offsets[j++] = end;
        continue;
      }
      int skipped = continuationEnd(source, i, end, escape);
      if (skipped > i) {
        i = skipped;
        continue;
      }
      if (source.charAt(i) == value.charAt(j)) {
        offsets[j++] = i++;
      } else {
        i++; // a character the join removed that we did not model: skip it
      }
    }
    offsets[value.length()] = Math.max(i, j == 0 ? start : offsets[j - 1] + 1);
    return new SourceMap(dockerfile, offsets);
  }

  /**
   * When a line continuation starts at {@code i} (escape, blanks, line break, then any comment or
   * blank lines), returns the offset after it; otherwise {@code i}.
   */
  private static int continuationEnd(String s, int i, int end, char escape) {
    // BuildKit's rule: an escape right after another escape does not continue the line.
    if (s.charAt(i) != escape || (i > 0 && s.charAt(i - 1) == escape)) {
      return i;
    }
    int k = i + 1;
    while (k < end && (s.charAt(k) == ' ' || s.charAt(k) == '\t' || s.charAt(k) == '\r')) {
      k++;
    }
    if (k >= end || s.charAt(k) != '\n') {
      return k >= end ? k : i;
    }
    k++;
    // Comment lines and blank lines inside a continuation are dropped by BuildKit.
    while (k < end) {
      int lineEnd = s.indexOf('\n', k);
      int stop = lineEnd < 0 ? end : Math.min(lineEnd, end);
      String line = s.substring(k, stop).strip();
      if ((line.isEmpty() || line.startsWith("#")) && lineEnd >= 0 && lineEnd < end) {
        k = lineEnd + 1;
      } else {
        break;
      }
    }
    return k;
  }

  /**
   * Several pieces joined into one text: {@code maps} in order, each followed by nothing. Used
   * for a RUN command line followed by its here-document bodies, which the shell reads as one
   * script.
   */
  public static SourceMap concat(Dockerfile dockerfile, java.util.List<SourceMap> maps) {
    int total = 0;
    for (SourceMap m : maps) {
      total += m.offsets.length - 1;
    }
    int[] offsets = new int[total + 1];
    int k = 0;
    for (SourceMap m : maps) {
      System.arraycopy(m.offsets, 0, offsets, k, m.offsets.length - 1);
      k += m.offsets.length - 1;
    }
    offsets[total] = maps.isEmpty() ? 0 : maps.get(maps.size() - 1).offsets[maps.get(maps.size() - 1).offsets.length - 1];
    return new SourceMap(dockerfile, offsets);
  }

  /** A synthetic text of {@code length} characters (a separator we insert), all at one offset. */
  public static SourceMap at(Dockerfile dockerfile, int sourceOffset, int length) {
    int[] offsets = new int[length + 1];
    java.util.Arrays.fill(offsets, sourceOffset);
    return new SourceMap(dockerfile, offsets);
  }

  /** Number of mapped characters. */
  public int length() {
    return offsets.length - 1;
  }

  /** Source offset of a joined-text offset ({@code 0..length} inclusive). */
  public int sourceOffset(int offset) {
    return offsets[Math.max(0, Math.min(offset, offsets.length - 1))];
  }

  /** The Dockerfile range of the joined text {@code [start, end)}. */
  public Range range(int start, int end) {
    int s = sourceOffset(start);
    int e = end <= start ? s : sourceOffset(end - 1) + 1;
    return dockerfile.lines().range(s, Math.max(s, e));
  }
}
