package dev.dockwright.report;

import dev.dockwright.lint.Finding;
import dev.dockwright.lint.LintResult;
import java.io.PrintWriter;
import java.util.List;

/**
 * GitHub Actions workflow commands: each finding becomes an annotation on the pull request,
 * {@code ::warning file=F,line=L,col=C,endLine=L2,endColumn=C2,title=CODE::message}. Info and
 * style findings are notices.
 */
final class GithubReport implements Reporter {

  @Override
  public void write(List<LintResult> results, PrintWriter out) {
    for (LintResult result : results) {
      for (Finding f : result.all()) {
        String command = switch (f.severity()) {
          case ERROR -> "error";
          case WARNING -> "warning";
          default -> "notice";
        };
        out.println("::" + command
            + " file=" + property(f.file())
            + ",line=" + f.line()
            + ",col=" + f.column()
            + ",endLine=" + f.range().end().line()
            + ",endColumn=" + f.range().end().column()
            + ",title=" + property(f.code())
            + "::" + data(f.message()));
      }
    }
    out.flush();
  }

  /** The escaping GitHub's runner undoes for a command's message. */
  static String data(String text) {
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** The escaping for a property value, where {@code :} and {@code ,} are separators. */
  static String property(String text) {
    return data(text).replace(":", "%3A").replace(",", "%2C");
  }
}
