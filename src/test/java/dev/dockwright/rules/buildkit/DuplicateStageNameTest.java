package dev.dockwright.rules.buildkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.lint.Finding;
import dev.dockwright.lint.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicateStageNameTest {

  private final RuleTester tester = RuleTester.of(new DuplicateStageName());

  @Test
  void secondStageOfOneNameIsReported() {
    List<Finding> findings = tester.check("""
        FROM debian AS builder
        # expect: DuplicateStageName
        FROM golang AS builder
        """);
    assertThat(findings.get(0).message())
        .isEqualTo("Duplicate stage name \"builder\", stage names should be unique");
  }

  @Test
  void namesAreComparedCaseInsensitivelyAndReportedLowerCased() {
    List<Finding> findings = tester.check("""
        FROM debian AS Builder
        # expect: DuplicateStageName
        FROM golang AS BUILDER
        """);
    assertThat(findings.get(0).message()).contains("\"builder\"");
  }

  @Test
  void uniqueNamesAndUnnamedStagesAreFine() {
    tester.checkClean("""
        FROM debian AS deb-builder
        FROM golang AS go-builder
        FROM alpine
        FROM alpine
        """);
  }
}
