package dev.dockwright.rules.buildkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.lint.Finding;
import dev.dockwright.lint.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReservedStageNameTest {

  private final RuleTester tester = RuleTester.of(new ReservedStageName());

  @Test
  void scratchAndContextAreReserved() {
    List<Finding> findings = tester.check("""
        # expect: ReservedStageName
        FROM alpine AS scratch
        # expect: ReservedStageName
        FROM alpine AS Context
        """);
    assertThat(findings).extracting(Finding::message).containsExactly(
        "Stage name should not use the same name as reserved stage \"scratch\"",
        "Stage name should not use the same name as reserved stage \"context\"");
  }

  @Test
  void otherNamesAndScratchAsImageAreFine() {
    tester.checkClean("""
        FROM scratch AS builder
        FROM scratch
        FROM alpine AS scratchpad
        """);
  }
}
