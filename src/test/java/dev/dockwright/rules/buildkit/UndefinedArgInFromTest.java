package dev.dockwright.rules.buildkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.lint.Finding;
import dev.dockwright.lint.LintOptions;
import dev.dockwright.lint.RuleTester;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UndefinedArgInFromTest {

  private final RuleTester tester = RuleTester.of(new UndefinedArgInFrom());

  @Test
  void undeclaredVariableInImageIsReported() {
    List<Finding> findings = tester.check("""
        ARG tag=latest
        # expect: UndefinedArgInFrom
        FROM busybox:${tag}${version} AS b
        """);
    assertThat(findings.get(0).message()).isEqualTo("FROM argument 'version' is not declared");
  }

  @Test
  void suggestionsComeFromDeclaredAndPredefinedNames() {
    List<Finding> findings = tester.check("""
        ARG MY_ARCH=amd64
        # expect: UndefinedArgInFrom
        FROM --platform=$BULIDPLATFORM alpine
        # expect: UndefinedArgInFrom
        FROM --platform=linux/${MYARCH} alpine
        """);
    assertThat(findings).extracting(Finding::message).containsExactly(
        "FROM argument 'BULIDPLATFORM' is not declared (did you mean BUILDPLATFORM?)",
        "FROM argument 'MYARCH' is not declared (did you mean MY_ARCH?)");
  }

  @Test
  void declaredArgsWithOrWithoutValueAndPredefinedArgsAreFine() {
    tester.checkClean("""
        ARG base=alpine
        ARG DEBUG
        FROM $base
        FROM scratch${DEBUG}
        FROM --platform=$BUILDPLATFORM golang AS build
        FROM --platform=${TARGETOS}/${TARGETARCH} alpine
        """);
  }

  @Test
  void argsDeclaredInsideAStageDoNotCountForLaterFroms() {
    tester.check("""
        FROM alpine
        ARG VARIANT=-slim
        # expect: UndefinedArgInFrom
        FROM python:3.12${VARIANT}
        """);
  }

  @Test
  void aBuildArgumentDoesNotDeclareAnything() {
    tester.options(new LintOptions(Optional.empty(), Optional.empty(), Map.of("V", "1")))
        .check("""
            # expect: UndefinedArgInFrom
            FROM alpine:$V
            """);
  }
}
