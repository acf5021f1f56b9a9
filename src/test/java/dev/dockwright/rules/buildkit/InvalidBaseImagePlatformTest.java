package dev.dockwright.rules.buildkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.lint.Finding;
import dev.dockwright.lint.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvalidBaseImagePlatformTest {

  private final RuleTester tester = RuleTester.of(new InvalidBaseImagePlatform());

  @Test
  void singleArchitectureImageForAnotherPlatformIsReported() {
    List<Finding> findings = tester.check("""
        ARG ARCH=amd64
        # expect: InvalidBaseImagePlatform
        FROM --platform=linux/amd64 arm64v8/python:3.12
        # expect: InvalidBaseImagePlatform
        FROM --platform=linux/${ARCH} arm32v7/alpine AS arm
        # expect: InvalidBaseImagePlatform
        FROM --platform=linux/arm64 winamd64/python
        """);
    assertThat(findings).extracting(Finding::message).containsExactly(
        "Base image arm64v8/python:3.12 was pulled with platform \"linux/arm64\", expected"
            + " \"linux/amd64\" for current build",
        "Base image arm32v7/alpine was pulled with platform \"linux/arm/v7\", expected"
            + " \"linux/amd64\" for current build",
        "Base image winamd64/python was pulled with platform \"windows/amd64\", expected"
            + " \"linux/arm64\" for current build");
  }

  @Test
  void matchingOrUnknowablePlatformsAreFine() {
    tester.checkClean("""
        FROM --platform=linux/arm64 arm64v8/alpine:3.20
        FROM --platform=linux/arm/v6 arm32v7/alpine
        FROM --platform=linux/x86_64 amd64/debian
        FROM arm64v8/alpine
        FROM --platform=linux/arm64 python:3.12-slim
        FROM --platform=$BUILDPLATFORM amd64/golang
        FROM --platform=linux/arm64 registry.example.com/arm64v8/x
        """);
  }
}
