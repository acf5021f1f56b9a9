package dev.dockwright.rules.hadolint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.lint.RuleTester;
import dev.dockwright.rules.buildkit.MaintainerDeprecated;
import org.junit.jupiter.api.Test;

class DeprecatedMaintainerTest {

  private final RuleTester tester = RuleTester.of(new DeprecatedMaintainer());

  @Test
  void maintainerAnywhere() {
    tester.check("""
        # expect: DL4000
        MAINTAINER Lukas
        FROM debian:12
        # expect: DL4000
        maintainer hudu@mail.com
        """);
  }

  @Test
  void labelsAreFine() {
    tester.checkClean("""
        FROM debian:12
        LABEL org.opencontainers.image.authors="hudu@mail.com"
        """);
  }

  @Test
  void fixIsTheOneOfBuildkitsMaintainerDeprecated() {
    String text = "FROM alpine\nMAINTAINER Jane \"JD\" Doe <jane@example.com>\nRUN x\n";
    assertThat(tester.applyFixes(text))
        .isEqualTo("FROM alpine\nLABEL org.opencontainers.image.authors=\"Jane \\\"JD\\\" Doe"
            + " <jane@example.com>\"\nRUN x\n")
        .isEqualTo(RuleTester.of(new MaintainerDeprecated()).applyFixes(text));
  }

  @Test
  void documentationExamples() {
    tester.checkDocumentationExamples();
  }
}
