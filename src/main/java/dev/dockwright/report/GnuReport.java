package dev.dockwright.report;

import dev.dockwright.lint.Finding;
import dev.dockwright.lint.LintResult;
import java.io.PrintWriter;
import java.util.List;

/**
 * One line per finding, {@code file:line:column: severity: message [CODE]}, the GNU form editors
 * and {@code compilation-mode} parse.
 */
final class GnuReport implements Reporter {

  @Override
  public void write(List<LintResult> results, PrintWriter out) {
    for (LintResult result : results) {
      for (Finding f : result.all()) {
        out.println(f.file() + ":" + f.line() + ":" + f.column() + ": " + f.severity().id() + ": "
            + Text.oneLine(f.message()) + " [" + f.code() + "]");
      }
    }
    out.flush();
  }
}
