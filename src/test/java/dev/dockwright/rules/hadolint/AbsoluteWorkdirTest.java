package dev.dockwright.rules.hadolint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.lint.Finding;
import dev.dockwright.lint.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class AbsoluteWorkdirTest {

  private final RuleTester tester = RuleTester.of(new AbsoluteWorkdir());

  @Test
  void relativePathsAreReportedQuotedOrNot() {
    tester.check("""
        FROM python:3.12-slim
        # expect: DL3000 "relative/dir"
        WORKDIR relative/dir
        # expect: DL3000
        WORKDIR 'relative/dir'
        # expect: DL3000
        WORKDIR "relative/dir"
        """);
  }

  @Test
  void absoluteVariableAndWindowsPathsAreFine() {
    tester.checkClean("""
        FROM python:3.12-slim
        WORKDIR /usr/local
        WORKDIR '/usr/local'
        WORKDIR ${work}
        WORKDIR "${dir}"
        WORKDIR 'C:\\'
        WORKDIR C:/
        """);
  }

  @Test
  void beforeAnyFromAsHadolintReadsIt() {
    tester.check("# expect: DL3000\nWORKDIR relative/dir\n");
  }

  @Test
  void fixResolvesAgainstAnEarlierWorkdirOnly() {
    String dockerfile = """
        FROM python:3.12-slim AS base
        WORKDIR /srv
        FROM base
        WORKDIR app/src
        """;
    List<Finding> findings = tester.check(dockerfile.replace("WORKDIR app",
        "# expect: DL3000\nWORKDIR app"));
    assertThat(findings.get(0).fix()).isPresent();
    assertThat(tester.applyFixes(dockerfile)).endsWith("WORKDIR /srv/app/src\n");
    // The base image's own working directory is unknown: no fix.
    assertThat(tester.lint("FROM golang:1.23\nWORKDIR src\n").findings().get(0).fix()).isEmpty();
  }
}
