package dev.dockwright.rules.shellcheck;

import dev.dockwright.model.ShellSource;
import dev.dockwright.syntax.Dockerfile;
import dev.dockwright.syntax.Range;
import java.util.Arrays;
import java.util.List;

/**
 * One script as ShellCheck gets it: a shebang naming the dialect, an {@code export NAME=1} line
 * per variable the Dockerfile defines at that point (so ShellCheck does not call them unassigned),
 * then the script, whose every character remembers its offset in the Dockerfile. ShellCheck's
 * line and column are mapped back through those offsets, so a finding in the third line of a
 * continued RUN, or in a here-document body, points at that text in the Dockerfile.
 */
final class CheckedScript {

  private final Dockerfile dockerfile;
  private final ShellDialect dialect;
  private final List<String> exports;
  private final String body;
  private final int[] offsets; // offsets[i]: Dockerfile offset of body char i; last: the end
  private final int[] lineStarts;

  private CheckedScript(Dockerfile dockerfile, ShellDialect dialect, List<String> exports,
      String body, int[] offsets) {
    this.dockerfile = dockerfile;
    this.dialect = dialect;
    this.exports = List.copyOf(exports);
    this.body = body;
    this.offsets = offsets;
    this.lineStarts = lineStarts(body);
  }

  ShellDialect dialect() {
    return dialect;
  }

  /** The script without the lines we put before it. */
  String body() {
    return body;
  }

  /** The file ShellCheck reads. */
  String fileText() {
    StringBuilder b = new StringBuilder(dialect.shebang()).append('\n');
    for (String name : exports) {
      b.append("export ").append(name).append("=1\n");
    }
    return b.append(body).toString();
  }

  /** Lines before the script's first line: the shebang and the exports. */
  int prefixLines() {
    return 1 + exports.size();
  }

  /**
   * The Dockerfile range of a ShellCheck comment; empty when it points into the lines we added
   * (nothing the Dockerfile wrote).
   */
  java.util.Optional<Range> range(ShellCheck.Comment c) {
    int line = c.line() - prefixLines();
    if (line < 1) {
      return java.util.Optional.empty();
    }
    int start = offset(line, c.column());
    int endLine = Math.max(line, c.endLine() - prefixLines());
    int end = Math.max(start, offset(endLine, c.endColumn()));
    int s = offsets[start];
    int e = end > start ? offsets[end - 1] + 1 : s;
    int limit = dockerfile.text().length();
    return java.util.Optional.of(dockerfile.lines().range(Math.min(s, limit),
        Math.min(Math.max(s, e), limit)));
  }

  /** The body offset of a 1-based line and a 1-based column counted in code points. */
  private int offset(int line, int column) {
    if (line > lineStarts.length) {
      return body.length();
    }
    int lineEnd = line < lineStarts.length ? lineStarts[line] - 1 : body.length();
    int i = lineStarts[line - 1];
    for (int k = 1; k < column && i < lineEnd; k++) {
      i += Character.charCount(body.codePointAt(i));
    }
    return Math.min(i, lineEnd);
  }

  private static int[] lineStarts(String text) {
    int[] starts = new int[8];
    int n = 0;
    starts[n++] = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        if (n == starts.length) {
          starts = Arrays.copyOf(starts, n * 2);
        }
        starts[n++] = i + 1;
      }
    }
    return Arrays.copyOf(starts, n);
  }

  /** Assembles a script from pieces of the Dockerfile and text we add. */
  static final class Builder {
    private final Dockerfile dockerfile;
    private final StringBuilder text = new StringBuilder();
    private int[] offsets = new int[64];

    Builder(Dockerfile dockerfile) {
      this.dockerfile = dockerfile;
    }

    /** A script the model found, mapped as the model maps it. */
    Builder append(ShellSource source) {
      String s = source.text();
      for (int i = 0; i < s.length(); i++) {
        add(s.charAt(i), source.map().sourceOffset(i));
      }
      return this;
    }

    /** Text that stands in the Dockerfile as is, from {@code sourceStart}. */
    Builder verbatim(String s, int sourceStart) {
      for (int i = 0; i < s.length(); i++) {
        add(s.charAt(i), sourceStart + i);
      }
      return this;
    }

    /** Text we add (a line break, a here-document terminator), placed at {@code sourceOffset}. */
    Builder synthetic(String s, int sourceOffset) {
      for (int i = 0; i < s.length(); i++) {
        add(s.charAt(i), sourceOffset);
      }
      return this;
    }

    /** The Dockerfile offset just after what has been appended. */
    int endOffset() {
      return text.length() == 0 ? 0 : offsets[text.length() - 1] + 1;
    }

    boolean endsWithNewline() {
      return text.length() > 0 && text.charAt(text.length() - 1) == '\n';
    }

    /**
     * Blanks the first line (keeping offsets): for a here-document script's own shebang, which
     * ShellCheck would otherwise see on the second line.
     */
    Builder blankFirstLine() {
      for (int i = 0; i < text.length() && text.charAt(i) != '\n'; i++) {
        text.setCharAt(i, ' ');
      }
      return this;
    }

    String text() {
      return text.toString();
    }

    CheckedScript build(ShellDialect dialect, List<String> exports) {
      int[] mapped = Arrays.copyOf(offsets, text.length() + 1);
      mapped[text.length()] = endOffset();
      return new CheckedScript(dockerfile, dialect, exports, text.toString(), mapped);
    }

    private void add(char c, int sourceOffset) {
      if (text.length() == offsets.length) {
        offsets = Arrays.copyOf(offsets, offsets.length * 2);
      }
      offsets[text.length()] = Math.min(sourceOffset, dockerfile.text().length());
      text.append(c);
    }
  }
}
