package dev.dockwright.report;

import dev.dockwright.lint.Finding;
import dev.dockwright.lint.LintResult;
import java.io.PrintWriter;
import java.util.List;

/**
 * JUnit XML for CI test dashboards: a {@code <testsuite>} per file; each finding is a failed
 * {@code <testcase>}; a clean file has one passing test case so that it shows up at all.
 */
final class JunitReport implements Reporter {

  @Override
  public void write(List<LintResult> results, PrintWriter out) {
    int tests = 0;
    int failures = 0;
    for (LintResult result : results) {
      int n = result.all().size();
      tests += Math.max(n, 1);
      failures += n;
    }
    try (XmlOutput xml = new XmlOutput(out)) {
      xml.start("testsuites", "name", "dockwright", "tests", Integer.toString(tests),
          "failures", Integer.toString(failures), "errors", "0");
      for (LintResult result : results) {
        List<Finding> findings = result.all();
        String file = result.file().name();
        xml.start("testsuite", "name", file,
            "tests", Integer.toString(Math.max(findings.size(), 1)),
            "failures", Integer.toString(findings.size()), "errors", "0", "skipped", "0");
        if (findings.isEmpty()) {
          xml.empty("testcase", "name", "lint", "classname", file);
        }
        for (Finding f : findings) {
          String location = file + ":" + f.line() + ":" + f.column();
          xml.start("testcase", "name", f.code() + " at " + f.line() + ":" + f.column(),
              "classname", file);
          xml.start("failure", "message", f.message(), "type", f.severity().id());
          xml.text(location + " " + f.code() + " " + f.severity().id() + ": " + f.message());
          xml.end(true);
          xml.end();
        }
        xml.end();
      }
      xml.end();
    }
    out.flush();
  }
}
