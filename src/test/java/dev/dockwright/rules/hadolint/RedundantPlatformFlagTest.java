package dev.dockwright.rules.hadolint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.lint.RuleTester;
import org.junit.jupiter.api.Test;

class RedundantPlatformFlagTest {

  private final RuleTester tester = RuleTester.of(new RedundantPlatformFlag());

  @Test
  void targetPlatform() {
    tester.check("""
        # expect: DL3065
        FROM --platform=$TARGETPLATFORM alpine:3.20
        # expect: DL3065
        FROM --platform=${TARGETPLATFORM} alpine:3.20 AS b
        """);
  }

  @Test
  void otherPlatformsAreFine() {
    tester.checkClean("""
        FROM alpine:3.20
        FROM --platform=$BUILDPLATFORM golang:1.23 AS build
        FROM --platform=linux/arm64 alpine:3.20
        FROM --platform=$FOOBAR alpine:3.20
        """);
  }

  @Test
  void fixRemovesTheFlag() {
    assertThat(tester.applyFixes("FROM --platform=$TARGETPLATFORM  alpine:3.20 AS b\n"))
        .isEqualTo("FROM alpine:3.20 AS b\n");
  }

  @Test
  void documentationExamples() {
    tester.checkDocumentationExamples();
  }
}
