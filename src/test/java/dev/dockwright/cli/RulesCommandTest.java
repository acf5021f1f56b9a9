package dev.dockwright.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class RulesCommandTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test
  void listsEveryRuleWithSeverityAndOrigin() {
    assertThat(run("rules")).isEqualTo(0);
    assertThat(out.toString()).contains("DW1001 CopyFromMissingPath", "error", "dockwright");
  }

  @Test
  void explainPrintsWhyBadGoodAndFix() {
    assertThat(run("rules", "explain", "dw2001")).isEqualTo(0);
    assertThat(out.toString()).contains("DW2001 RunsAsRoot", "Why it matters", "Bad", "Good",
        "USER app", "No automatic fix.");
  }

  @Test
  void explainNamesTheRulesThatReportTheSameProblem() {
    assertThat(run("rules", "explain", "JSONArgsRecommended")).isEqualTo(0);
    assertThat(out.toString()).contains("\nOverlaps: DL3025, DW2002\n");
    out.getBuffer().setLength(0);
    assertThat(run("rules", "explain", "DW2001")).isEqualTo(0);
    assertThat(out.toString()).doesNotContain("Overlaps");
  }

  @Test
  void unknownRuleOrOriginIsAUsageError() {
    assertThat(run("rules", "explain", "XX9999")).isEqualTo(2);
    assertThat(err.toString()).contains("unknown rule 'XX9999'").doesNotContain("Exception");
    assertThat(run("rules", "--origin", "nope")).isEqualTo(2);
  }
}
