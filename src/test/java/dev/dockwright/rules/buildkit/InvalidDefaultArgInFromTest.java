package dev.dockwright.rules.buildkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.lint.Finding;
import dev.dockwright.lint.LintOptions;
import dev.dockwright.lint.RuleTester;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InvalidDefaultArgInFromTest {

  private final RuleTester tester = RuleTester.of(new InvalidDefaultArgInFrom());

  @Test
  void emptyOrInvalidImageWithDefaultsIsReportedEvenWhenABuildArgFixesIt() {
    List<Finding> findings = tester
        .options(new LintOptions(Optional.empty(), Optional.empty(), Map.of("TAG", "latest")))
        .check("""
            ARG TAG
            ARG IMAGE
            ARG SFX="box:"
            # expect: InvalidDefaultArgInFrom
            FROM busybox:${TAG}
            # expect: InvalidDefaultArgInFrom
            FROM $IMAGE
            # expect: InvalidDefaultArgInFrom
            FROM busy${SFX}
            """);
    assertThat(findings.get(0).message())
        .isEqualTo("Default value for ARG busybox:${TAG} results in empty or invalid base image"
            + " name");
  }

  @Test
  void usableDefaultsAreFine() {
    tester.checkClean("""
        ARG TAG=latest
        ARG VARIANT
        ARG ALPINE
        FROM busybox:${TAG}
        FROM busybox:stable${VARIANT}
        FROM alpine:${ALPINE:-3.20}
        FROM --platform=$BUILDPLATFORM golang:1.22
        """);
  }

  @Test
  void upperCaseRepositoryIsInvalid() {
    tester.check("""
        ARG NAME=Python
        # expect: InvalidDefaultArgInFrom
        FROM ${NAME}:3.12
        """);
  }
}
