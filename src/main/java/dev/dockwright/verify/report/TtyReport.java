package dev.dockwright.verify.report;

import dev.dockwright.verify.CheckResult;
import dev.dockwright.verify.VerifyReport;
import dev.dockwright.verify.spec.Durations;

/**
 * The terminal checklist: one line per check with its status, what was measured and the limit; a
 * failed check's reason on the next line; the container's last log lines when anything failed.
 */
final class TtyReport implements ReportFormat.Renderer {
  private static final int TITLE = 34;
  private static final int MEASURED = 44;
  /** "  PASS " + title + " " + measured + " ". */
  private static final int EXPECTED_COLUMN = 2 + 4 + 1 + TITLE + 1 + MEASURED + 1;

  @Override
  public String render(VerifyReport r) {
    StringBuilder sb = new StringBuilder();
    sb.append("verify ").append(r.subject());
    if (!r.engine().isEmpty()) {
      sb.append(" on ").append(r.engine());
    }
    sb.append('\n');
    for (CheckResult c : r.checks()) {
      sb.append("  ").append(mark(c.status())).append(' ').append(pad(c.title(), TITLE));
      if (c.status() == CheckResult.Status.SKIP) {
        sb.append(c.detail()).append('\n');
        continue;
      }
      sb.append(' ');
      String measured = c.measured().replace('\n', ' ');
      if (c.expected().isEmpty()) {
        sb.append(measured);
      } else if (measured.length() > MEASURED) {
        // a long value (a health check command) keeps the limit column aligned: limit below it
        sb.append(measured).append('\n').append(" ".repeat(EXPECTED_COLUMN)).append(c.expected());
      } else {
        sb.append(pad(measured, MEASURED)).append(' ').append(c.expected());
      }
      sb.append('\n');
      if (c.failed() && !c.detail().isEmpty()) {
        sb.append("         ").append(c.detail().replace("\n", "\n         ")).append('\n');
      }
    }
    if (!r.passed() && !r.logs().isEmpty()) {
      sb.append("  container output (last ").append(r.logs().size()).append(" lines):\n");
      r.logs().forEach(l -> sb.append("    | ").append(l).append('\n'));
    }
    long failed = r.count(CheckResult.Status.FAIL) + r.count(CheckResult.Status.ERROR);
    sb.append(r.passed() ? "PASSED" : "FAILED").append(": ").append(r.count(CheckResult.Status.PASS)).append(" passed, ")
        .append(failed).append(" failed, ").append(r.count(CheckResult.Status.SKIP)).append(" skipped in ")
        .append(Durations.format(r.duration()));
    if (!r.measurements().isEmpty()) {
      sb.append(" (");
      r.measurements().forEach((k, v) -> sb.append(k).append(' ').append(v).append(", "));
      sb.setLength(sb.length() - 2);
      sb.append(')');
    }
    return sb.append('\n').toString();
  }

  static String mark(CheckResult.Status s) {
    return switch (s) {
      case PASS -> "PASS";
      case FAIL -> "FAIL";
      case SKIP -> "SKIP";
      case ERROR -> "ERR ";
    };
  }

  private static String pad(String s, int width) {
    String one = s.replace('\n', ' ');
    if (one.length() > width) {
      return one;
    }
    return one + " ".repeat(width - one.length());
  }
}
