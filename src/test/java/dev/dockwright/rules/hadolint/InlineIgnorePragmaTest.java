package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.RuleTester;
import dev.dockwright.lint.Severity;
import dev.dockwright.lint.config.LintConfig;
import org.junit.jupiter.api.Test;

class InlineIgnorePragmaTest {

  private final RuleTester enabled = RuleTester.of(new InlineIgnorePragma())
      .config(LintConfig.DEFAULTS.withSeverity("DL1001", Severity.INFO));

  @Test
  void reportsInlineIgnorePragmas() {
    enabled.check("""
        FROM debian:12
        # expect: DL1001
        # hadolint ignore=DL3008
        RUN apt-get install -y curl
        # expect: DL1001
        # dockwright ignore=AptGetPinVersions # reason
        RUN apt-get install -y wget
        """);
  }

  @Test
  void otherCommentsAndGlobalOrStagePragmasAreFine() {
    enabled.checkClean("""
        # hadolint global ignore=DL3008
        # hadolint shell=powershell
        # hadolint stage ignore=DL3008
        FROM debian:12
        # just a comment
        RUN apt-get install -y curl
        """);
  }

  @Test
  void offByDefaultAsInHadolint() {
    RuleTester.of(new InlineIgnorePragma()).checkClean("""
        FROM debian:12
        # hadolint ignore=DL3008
        RUN apt-get install -y curl
        """);
  }
}
