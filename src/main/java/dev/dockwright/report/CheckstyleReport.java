package dev.dockwright.report;

import dev.dockwright.lint.Finding;
import dev.dockwright.lint.LintResult;
import java.io.PrintWriter;
import java.util.List;

/**
 * Checkstyle's XML: a {@code <file>} per linted file (also clean ones) with an {@code <error>} per
 * finding; {@code source} is the rule code. Checkstyle has no style level: style becomes info.
 */
final class CheckstyleReport implements Reporter {

  @Override
  public void write(List<LintResult> results, PrintWriter out) {
    try (XmlOutput xml = new XmlOutput(out)) {
      xml.start("checkstyle", "version", "4.3");
      for (LintResult result : results) {
        xml.start("file", "name", result.file().name());
        for (Finding f : result.all()) {
          String severity = switch (f.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            default -> "info";
          };
          xml.empty("error",
              "line", Integer.toString(f.line()),
              "column", Integer.toString(f.column()),
              "severity", severity,
              "message", f.message(),
              "source", f.code());
        }
        xml.end();
      }
      xml.end();
    }
    out.flush();
  }
}
