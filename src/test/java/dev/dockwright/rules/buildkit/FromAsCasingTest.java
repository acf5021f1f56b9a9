package dev.dockwright.rules.buildkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.lint.Finding;
import dev.dockwright.lint.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class FromAsCasingTest {

  private final RuleTester tester = RuleTester.of(new FromAsCasing());

  @Test
  void asInTheOtherCaseIsReported() {
    List<Finding> findings = tester.check("""
        # expect: FromAsCasing
        FROM debian:latest as builder
        # expect: FromAsCasing
        from debian:latest AS builder2
        """);
    assertThat(findings).extracting(Finding::message).containsExactly(
        "'as' and 'FROM' keywords' casing do not match",
        "'AS' and 'from' keywords' casing do not match");
  }

  @Test
  void matchingCaseIsFine() {
    tester.checkClean("""
        FROM debian:latest AS deb-builder
        from debian:latest as deb-builder2
        FROM debian
        """);
  }

  @Test
  void mixedCaseFromIsLeftToConsistentInstructionCasing() {
    tester.checkClean("""
        From debian AS a
        From debian as b
        """);
  }

  @Test
  void mixedCaseAsIsReported() {
    tester.check("""
        # expect: FromAsCasing
        FROM debian As builder
        """);
  }

  @Test
  void fixWritesAsInTheCaseOfFrom() {
    assertThat(tester.applyFixes("FROM debian as a\nfrom debian As b\n"))
        .isEqualTo("FROM debian AS a\nfrom debian as b\n");
  }
}
