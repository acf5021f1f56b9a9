package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.RuleTester;
import org.junit.jupiter.api.Test;

class FromPlatformFlagTest {

  private final RuleTester tester = RuleTester.of(new FromPlatformFlag());

  @Test
  void aFixedPlatformIsReported() {
    tester.check("""
        # expect: DL3029 "linux"
        FROM --platform=linux debian:jessie
        # expect: DL3029
        FROM --platform=linux/amd64 python:3.12-slim AS build
        ARG PLATFORM=linux/arm64
        # expect: DL3029
        FROM --platform=$PLATFORM python:3.12-slim
        """);
  }

  @Test
  void buildkitsPlatformArgsAreFine() {
    tester.checkClean("""
        FROM debian:jessie
        FROM --platform=$BUILDPLATFORM debian:jessie
        FROM --platform="$BUILDPLATFORM" debian:jessie
        FROM --platform=${BUILDPLATFORM} debian:jessie
        FROM --platform=${BUILDPLATFORM:-} debian:jessie
        FROM --platform="${BUILDPLATFORM:-}" debian:jessie
        FROM --platform=$TARGETPLATFORM debian:jessie
        FROM --platform=$TARGETOS/$TARGETARCH debian:jessie
        FROM --platform=linux/${TARGETARCH} debian:jessie
        """);
  }

  @Test
  void documentationExamples() {
    tester.checkDocumentationExamples();
  }
}
