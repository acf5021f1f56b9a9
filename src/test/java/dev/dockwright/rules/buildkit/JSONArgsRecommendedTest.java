package dev.dockwright.rules.buildkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.lint.Finding;
import dev.dockwright.lint.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class JSONArgsRecommendedTest {

  private final RuleTester tester = RuleTester.of(new JSONArgsRecommended());

  @Test
  void shellFormCmdAndEntrypointAreReportedWithTheKeywordAsWritten() {
    List<Finding> findings = tester.check("""
        FROM alpine
        # expect: JSONArgsRecommended
        ENTRYPOINT my-program start
        # expect: JSONArgsRecommended
        cmd --verbose
        """);
    assertThat(findings).extracting(Finding::message).containsExactly(
        "JSON arguments recommended for ENTRYPOINT to prevent unintended behavior related to OS"
            + " signals",
        "JSON arguments recommended for cmd to prevent unintended behavior related to OS signals");
  }

  @Test
  void execFormIsFine() {
    tester.checkClean("""
        FROM alpine
        ENTRYPOINT ["my-program", "start"]
        CMD ["--verbose"]
        RUN echo shell form RUN is fine
        HEALTHCHECK CMD curl -f http://localhost/
        """);
  }

  @Test
  void aShellInstructionInTheStageOrAParentSilencesIt() {
    tester.checkClean("""
        FROM alpine AS base
        SHELL ["/bin/sh", "-c"]
        FROM base
        CMD mycommand
        """);
    tester.check("""
        FROM alpine
        # expect: JSONArgsRecommended
        CMD before-shell
        SHELL ["/bin/bash", "-c"]
        ENTRYPOINT after-shell
        """);
  }

  @Test
  void aShellInAnotherStageDoesNotCount() {
    tester.check("""
        FROM alpine AS tools
        SHELL ["/bin/bash", "-c"]
        FROM alpine
        # expect: JSONArgsRecommended
        CMD mycommand
        """);
  }
}
