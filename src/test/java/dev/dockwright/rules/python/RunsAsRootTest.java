package dev.dockwright.rules.python;

import dev.dockwright.lint.RuleTester;
import org.junit.jupiter.api.Test;

class RunsAsRootTest {

  private final RuleTester tester = RuleTester.of(new RunsAsRoot());

  @Test
  void finalStageWithoutUserIsReportedAtItsFrom() {
    tester.check("""
        FROM python:3.12 AS builder
        RUN apt-get update && apt-get install -y gcc
        # expect: DW2001 "(runtime)"
        FROM python:3.12-slim AS runtime
        CMD ["python", "-m", "http.server"]
        """);
  }

  @Test
  void builderStagesMayRunAsRootAndUserIsInheritedFromParentStages() {
    tester.checkClean("""
        FROM python:3.12 AS builder
        RUN pip install flask
        FROM python:3.12-slim AS base
        RUN useradd app
        USER app
        FROM base
        COPY --from=builder /usr/local /usr/local
        """);
  }

  @Test
  void unknownBaseImagesAndPrivilegeDroppingEntrypointsAreLeftAlone() {
    tester.checkClean("""
        FROM bitnami/python:3.12
        CMD ["python"]
        """);
    tester.checkClean("""
        FROM debian:12
        ENTRYPOINT ["gosu", "app", "server"]
        """);
  }

  @Test
  void explicitTargetIsTheStageJudged() {
    tester.options(new dev.dockwright.lint.LintOptions(java.util.Optional.empty(),
        java.util.Optional.of("dev"))).check("""
        # expect: DW2001
        FROM python:3.12-slim AS dev
        FROM python:3.12-slim AS prod
        USER 10001
        """);
  }
}
