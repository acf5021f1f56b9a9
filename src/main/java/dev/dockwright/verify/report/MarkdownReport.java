package dev.dockwright.verify.report;

import dev.dockwright.verify.CheckResult;
import dev.dockwright.verify.VerifyReport;
import dev.dockwright.verify.spec.Durations;

/** A Markdown report for pull-request comments and job summaries: a table, then the failures. */
final class MarkdownReport implements ReportFormat.Renderer {
  @Override
  public String render(VerifyReport r) {
    StringBuilder sb = new StringBuilder();
    sb.append("## dockwright verify: ").append(r.passed() ? "passed" : "failed").append("\n\n");
    sb.append("`").append(cell(r.subject())).append('`');
    if (!r.engine().isEmpty()) {
      sb.append(" on ").append(cell(r.engine()));
    }
    sb.append(", ").append(Durations.format(r.duration())).append("\n\n");
    if (!r.measurements().isEmpty()) {
      r.measurements().forEach((k, v) -> sb.append("- **").append(cell(k)).append("**: ").append(cell(v)).append('\n'));
      sb.append('\n');
    }
    sb.append("| | Check | Measured | Expected |\n|---|---|---|---|\n");
    for (CheckResult c : r.checks()) {
      sb.append("| ").append(icon(c.status())).append(" | ").append(cell(c.title())).append(" | ")
          .append(cell(c.status() == CheckResult.Status.SKIP ? c.detail() : c.measured())).append(" | ")
          .append(cell(c.expected())).append(" |\n");
    }
    boolean anyFailed = r.checks().stream().anyMatch(CheckResult::failed);
    if (anyFailed) {
      sb.append("\n### Failures\n\n");
      for (CheckResult c : r.checks()) {
        if (c.failed()) {
          sb.append("- **").append(cell(c.title())).append("** (`").append(c.id()).append("`): ")
              .append(cell(c.detail().isEmpty() ? c.measured() : c.detail())).append('\n');
        }
      }
      if (!r.logs().isEmpty()) {
        sb.append("\n<details><summary>Container output (last ").append(r.logs().size())
            .append(" lines)</summary>\n\n```\n");
        r.logs().forEach(l -> sb.append(l.replace("```", "'''")).append('\n'));
        sb.append("```\n</details>\n");
      }
    }
    return sb.toString();
  }

  private static String icon(CheckResult.Status s) {
    return switch (s) {
      case PASS -> "✅";
      case FAIL -> "❌";
      case ERROR -> "⚠️";
      case SKIP -> "⏭️";
    };
  }

  /** Table-safe: no pipes or line breaks. */
  private static String cell(String s) {
    return s.replace("|", "\\|").replace("\r", "").replace("\n", "<br>");
  }
}
