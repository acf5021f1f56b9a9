package dev.dockwright.rules.buildkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.lint.Finding;
import dev.dockwright.lint.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class RedundantTargetPlatformTest {

  private final RuleTester tester = RuleTester.of(new RedundantTargetPlatform());

  @Test
  void targetPlatformIsReportedAsWritten() {
    List<Finding> findings = tester.check("""
        # expect: RedundantTargetPlatform
        FROM --platform=$TARGETPLATFORM alpine AS a
        # expect: RedundantTargetPlatform
        FROM --platform=${TARGETPLATFORM} alpine AS b
        """);
    assertThat(findings).extracting(Finding::message).containsExactly(
        "Setting platform to predefined $TARGETPLATFORM in FROM is redundant as this is the"
            + " default behavior",
        "Setting platform to predefined ${TARGETPLATFORM} in FROM is redundant as this is the"
            + " default behavior");
  }

  @Test
  void otherPlatformsAreFine() {
    tester.checkClean("""
        FROM alpine
        FROM --platform=$BUILDPLATFORM golang AS build
        FROM --platform=$TARGETOS/$TARGETARCH alpine AS pieces
        FROM --platform=${TARGETPLATFORM}${SUFFIX} alpine AS more
        """);
  }
}
