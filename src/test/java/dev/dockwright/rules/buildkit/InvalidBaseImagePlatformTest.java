package dev.dockwright.rules.buildkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.lint.Finding;
import dev.dockwright.lint.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvalidBaseImagePlatformTest {

  private final RuleTester tester = RuleTester.of(new InvalidBaseImagePlatform());

  @Test
  void windowsImageForALinuxBuildIsReported() {
    List<Finding> findings = tester.check("""
        # expect: InvalidBaseImagePlatform
        FROM python:3.12-windowsservercore
        # expect: InvalidBaseImagePlatform
        FROM mcr.microsoft.com/windows/nanoserver:ltsc2022
        """);
    assertThat(findings.get(0).message()).isEqualTo("Base image python:3.12-windowsservercore was"
        + " pulled with platform \"windows/amd64\", expected \"linux/amd64\" for current build");
  }

  @Test
  void linuxImageAskedForWindowsIsReported() {
    List<Finding> findings = tester.check("""
        # expect: InvalidBaseImagePlatform
        FROM --platform=windows/amd64 alpine:3.20
        """);
    assertThat(findings.get(0).message()).isEqualTo("Base image alpine:3.20 was pulled with"
        + " platform \"linux/amd64\", expected \"windows/amd64\" for current build");
  }

  @Test
  void matchingOrUnknowableCasesAreFine() {
    tester.checkClean("""
        FROM python:3.12-slim
        FROM --platform=linux/arm64 debian:12
        FROM --platform=$BUILDPLATFORM golang:1.22
        FROM registry.example.com/team/app:1
        FROM scratch
        FROM --platform=windows/amd64 mcr.microsoft.com/windows/servercore:ltsc2022
        """);
  }
}
