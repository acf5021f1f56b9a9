package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.RuleTester;
import org.junit.jupiter.api.Test;

class NonNumericUserTest {

  private final RuleTester tester = RuleTester.of(new NonNumericUser());

  @Test
  void theImageRunsAsAName() {
    tester.check("""
        FROM python:3.12-slim
        # expect: DL3066 "`app`"
        USER app
        """);
    tester.check("""
        FROM python:3.12-slim AS base
        USER 10001
        FROM base
        USER root
        RUN apt-get update
        # expect: DL3066 "`app:app`"
        USER app:app
        """);
  }

  @Test
  void usersBeforeTheLastOneAndRootAreFine() {
    tester.checkClean("""
        FROM python:3.12-slim
        USER app
        RUN id
        USER 10001
        """);
    tester.checkClean("""
        FROM python:3.12-slim
        USER root
        """);
  }

  @Test
  void numericIdsBuildArgumentsAndNumericVariablesAreFine() {
    tester.checkClean("""
        ARG APP_UID
        FROM python:3.12-slim
        USER ${APP_UID}
        """);
    tester.checkClean("""
        FROM python:3.12-slim
        USER 1234:5678
        """);
    tester.checkClean("""
        FROM python:3.12-slim
        ENV RUN_AS=10001
        USER $RUN_AS:$RUN_AS
        """);
    tester.checkClean("""
        FROM quay.io/jupyter/base-notebook:2024-05-27
        USER ${NB_UID}
        """);
  }

  @Test
  void buildersThatDoNotShipAreFine() {
    tester.checkClean("""
        FROM python:3.12 AS build
        USER builder
        RUN pip wheel -w /tmp/w gunicorn==23.0.0
        FROM python:3.12-slim
        COPY --from=build /tmp/w /w
        USER 10001
        """);
  }

  @Test
  void documentationExamples() {
    tester.checkDocumentationExamples();
  }
}
