package dev.dockwright.rules.buildkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.lint.Finding;
import dev.dockwright.lint.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class NoEmptyContinuationTest {

  private final RuleTester tester = RuleTester.of(new NoEmptyContinuation());

  @Test
  void blankLineInsideAContinuationIsReportedOnTheLastLine() {
    List<Finding> findings = tester.lint("""
        FROM alpine
        RUN apk add \\

            curl \\
            git
        RUN true
        """).findings();
    assertThat(findings).extracting(Finding::line).containsExactly(5);
    assertThat(findings.get(0).message()).isEqualTo("Empty continuation line");
  }

  @Test
  void commentLinesAndOrdinaryContinuationsAreFine() {
    tester.checkClean("""
        FROM alpine
        EXPOSE \\
        # Port
        80
        RUN echo a \\
            b

        RUN true
        """);
  }

  @Test
  void whitespaceOnlyLineCountsAsEmpty() {
    assertThat(tester.lint("FROM alpine\nRUN a \\\n   \n  b\n").findings()).hasSize(1);
  }
}
