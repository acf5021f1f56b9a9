package dev.dockwright.verify.report;

import dev.dockwright.verify.CheckResult;
import dev.dockwright.verify.VerifyReport;
import java.util.Locale;

/**
 * JUnit XML, as CI systems read it: one testsuite, one testcase per check (classname is the check
 * group: build, image, cst, runtime), failures with the reason, skips with why, container output
 * in system-out.
 */
final class JunitReport implements ReportFormat.Renderer {
  @Override
  public String render(VerifyReport r) {
    long failures = r.count(CheckResult.Status.FAIL);
    long errors = r.count(CheckResult.Status.ERROR);
    long skipped = r.count(CheckResult.Status.SKIP);
    StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    sb.append("<testsuites name=\"dockwright verify\" tests=\"").append(r.checks().size())
        .append("\" failures=\"").append(failures).append("\" errors=\"").append(errors)
        .append("\" skipped=\"").append(skipped).append("\" time=\"").append(seconds(r)).append("\">\n");
    sb.append("  <testsuite name=\"").append(xml(r.subject())).append("\" tests=\"").append(r.checks().size())
        .append("\" failures=\"").append(failures).append("\" errors=\"").append(errors)
        .append("\" skipped=\"").append(skipped).append("\" time=\"").append(seconds(r)).append("\">\n");
    if (!r.engine().isEmpty()) {
      sb.append("    <properties><property name=\"engine\" value=\"").append(xml(r.engine())).append("\"/>");
      r.measurements().forEach((k, v) -> sb.append("<property name=\"").append(xml(k)).append("\" value=\"")
          .append(xml(v)).append("\"/>"));
      sb.append("</properties>\n");
    }
    for (CheckResult c : r.checks()) {
      String group = c.id().contains(".") ? c.id().substring(0, c.id().indexOf('.')) : c.id();
      sb.append("    <testcase classname=\"dockwright.").append(xml(group)).append("\" name=\"")
          .append(xml(c.title() + (c.measured().isEmpty() ? "" : ": " + c.measured()))).append('"');
      switch (c.status()) {
        case PASS -> sb.append("/>\n");
        case SKIP -> sb.append(">\n      <skipped message=\"").append(xml(c.detail())).append("\"/>\n    </testcase>\n");
        case FAIL, ERROR -> {
          String tag = c.status() == CheckResult.Status.FAIL ? "failure" : "error";
          sb.append(">\n      <").append(tag).append(" type=\"").append(xml(c.id())).append("\" message=\"")
              .append(xml(message(c))).append("\">").append(xml(c.detail())).append("</").append(tag).append(">\n    </testcase>\n");
        }
        default -> throw new IllegalStateException();
      }
    }
    if (!r.logs().isEmpty()) {
      sb.append("    <system-out>").append(xml(String.join("\n", r.logs()))).append("</system-out>\n");
    }
    return sb.append("  </testsuite>\n</testsuites>\n").toString();
  }

  private static String message(CheckResult c) {
    return c.measured() + (c.expected().isEmpty() ? "" : " (expected " + c.expected() + ")");
  }

  private static String seconds(VerifyReport r) {
    return String.format(Locale.ROOT, "%.3f", r.duration().toMillis() / 1000.0);
  }

  /** Escapes text for an attribute or element; drops characters XML 1.0 cannot hold. */
  static String xml(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&apos;");
        default -> {
          if (ch >= 0x20 || ch == '\n' || ch == '\t' || ch == '\r') {
            sb.append(ch);
          }
        }
      }
    }
    return sb.toString();
  }
}
