package dev.dockwright.report;

import dev.dockwright.lint.Finding;
import dev.dockwright.lint.LintResult;
import dev.dockwright.lint.RuleRegistry;
import dev.dockwright.lint.Severity;
import dev.dockwright.syntax.LineIndex;
import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * For people at a terminal: each finding as {@code file:line:column: severity CODE message}, then
 * a code frame with the offending lines and a caret underline, then a summary. Colours only when
 * asked (the CLI asks when stdout is a terminal and {@code NO_COLOR} is unset). Control
 * characters from the Dockerfile are shown as {@code ?} so a file cannot drive the terminal.
 */
final class TtyReport implements Reporter {

  /** Longer ranges show their first and last lines around an ellipsis. */
  private static final int MAX_FRAME_LINES = 6;

  private final RuleRegistry registry;
  private final boolean color;

  TtyReport(RuleRegistry registry, boolean color) {
    this.registry = registry;
    this.color = color;
  }

  @Override
  public void write(List<LintResult> results, PrintWriter out) {
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    int fixable = 0;
    int filesWithFindings = 0;
    for (LintResult result : results) {
      List<Finding> findings = result.all();
      if (findings.isEmpty()) {
        continue;
      }
      filesWithFindings++;
      LineIndex lines = new LineIndex(result.file().text());
      for (Finding f : findings) {
        counts.merge(f.severity(), 1, Integer::sum);
        writeFinding(out, f, result.file().text(), lines);
        if (f.fix().isPresent()) {
          fixable++;
        }
      }
    }
    int total = counts.values().stream().mapToInt(Integer::intValue).sum();
    if (total > 0) {
      out.println(summary(counts, total, filesWithFindings, fixable));
    }
    out.flush();
  }

  private void writeFinding(PrintWriter out, Finding f, String text, LineIndex lines) {
    String severityColor = severityColor(f.severity());
    out.println(paint(BOLD, f.file() + ":" + f.line() + ":" + f.column()) + ": "
        + paint(severityColor, f.severity().id()) + " " + paint(DIM, f.code()) + " "
        + safe(Text.oneLine(f.message())));
    writeFrame(out, f, text, lines, severityColor);
    f.fix().ifPresent(fix -> out.println("    " + paint(DIM, "fix" + (fix.safe() ? "" : " (unsafe)")
        + ": " + safe(fix.title()))));
    String url = registry.info(f.code()).url();
    if (!url.isEmpty()) {
      out.println("    " + paint(DIM, url));
    }
  }

  private void writeFrame(PrintWriter out, Finding f, String text, LineIndex lines,
      String caretColor) {
    int firstLine = f.range().start().line();
    int lastLine = f.range().end().line();
    int endColumn = f.range().end().column();
    if (lastLine > firstLine && endColumn == 1) {
      lastLine--; // the range ends with a line break: the next line is not part of it
      endColumn = Integer.MAX_VALUE;
    }
    int width = Integer.toString(lastLine).length();
    for (int line = firstLine; line <= lastLine; line++) {
      if (lastLine - firstLine + 1 > MAX_FRAME_LINES && line == firstLine + MAX_FRAME_LINES - 2) {
        out.println("    " + " ".repeat(width) + paint(DIM, " | ..."));
        line = lastLine - 1;
        continue;
      }
      String content = lineText(text, lines, line);
      int from = line == firstLine ? f.range().start().column() : 1;
      int to = line == lastLine ? Math.min(endColumn, content.length() + 1) : content.length() + 1;
      String number = String.format("%" + width + "d", line);
      out.println("    " + paint(DIM, number + " | ") + safe(content));
      StringBuilder underline = new StringBuilder();
      for (int i = 0; i < from - 1 && i < content.length(); i++) {
        underline.append(content.charAt(i) == '\t' ? '\t' : ' ');
      }
      underline.append("^".repeat(Math.max(1, to - from)));
      out.println("    " + " ".repeat(width) + paint(DIM, " | ") + paint(caretColor, underline.toString()));
    }
  }

  private static String lineText(String text, LineIndex lines, int line) {
    if (line > lines.lineCount()) {
      return "";
    }
    int start = lines.lineStart(line);
    int end = line < lines.lineCount() ? lines.lineStart(line + 1) : text.length();
    String content = text.substring(start, end);
    if (content.endsWith("\n")) {
      content = content.substring(0, content.length() - 1);
    }
    if (content.endsWith("\r")) {
      content = content.substring(0, content.length() - 1);
    }
    return content;
  }

  private static String summary(Map<Severity, Integer> counts, int total, int files,
      int fixable) {
    StringBuilder b = new StringBuilder();
    b.append(total).append(total == 1 ? " problem" : " problems").append(" (");
    String sep = "";
    for (Severity s : List.of(Severity.ERROR, Severity.WARNING, Severity.INFO, Severity.STYLE)) {
      int n = counts.getOrDefault(s, 0);
      if (n > 0) {
        b.append(sep).append(n).append(' ').append(s.id()).append(n == 1 || s == Severity.INFO
            || s == Severity.STYLE ? "" : "s");
        sep = ", ";
      }
    }
    b.append(") in ").append(files).append(files == 1 ? " file" : " files");
    if (fixable > 0) {
      b.append("; ").append(fixable).append(" with an automatic fix");
    }
    return b.toString();
  }

  /** Replaces control characters (except tab) so file content cannot send terminal escapes. */
  static String safe(String s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean control = (c < 0x20 && c != '\t') || (c >= 0x7F && c <= 0x9F);
      if (control && out == null) {
        out = new StringBuilder(s.length()).append(s, 0, i);
      }
      if (out != null) {
        out.append(control ? '?' : c);
      }
    }
    return out == null ? s : out.toString();
  }

  private static final String RESET = "\033[0m";
  private static final String BOLD = "\033[1m";
  private static final String DIM = "\033[2m";

  private static String severityColor(Severity severity) {
    return switch (severity) {
      case ERROR -> "\033[1;31m";
      case WARNING -> "\033[33m";
      case INFO -> "\033[36m";
      case STYLE, OFF -> "\033[35m";
    };
  }

  private String paint(String code, String text) {
    return color ? code + text + RESET : text;
  }
}
