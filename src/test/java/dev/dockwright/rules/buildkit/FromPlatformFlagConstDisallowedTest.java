package dev.dockwright.rules.buildkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.lint.Finding;
import dev.dockwright.lint.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class FromPlatformFlagConstDisallowedTest {

  private final RuleTester tester = RuleTester.of(new FromPlatformFlagConstDisallowed());

  @Test
  void constantPlatformIsReported() {
    List<Finding> findings = tester.check("""
        # expect: FromPlatformFlagConstDisallowed
        FROM --platform=linux/amd64 alpine AS base
        # expect: FromPlatformFlagConstDisallowed
        FROM --platform=linux/arm64 alpine
        """);
    assertThat(findings.get(0).message())
        .isEqualTo("FROM --platform flag should not use constant value \"linux/amd64\"");
  }

  @Test
  void variablesAndPlatformNamedStagesAreFine() {
    tester.checkClean("""
        FROM --platform=${BUILDPLATFORM} alpine AS base
        FROM --platform=linux/amd64 alpine AS build_amd64
        FROM --platform=linux/arm64 alpine AS build_arm64
        FROM --platform=linux/amd64 scratch AS linux
        FROM --platform=x86_64 alpine AS amd64-tools
        FROM build_${TARGETARCH} AS build
        """);
  }

  @Test
  void anInvalidPlatformIsLeftToTheBuildError() {
    tester.checkClean("FROM --platform=linux/ alpine\n");
  }
}
