package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.RuleTester;
import dev.dockwright.lint.config.ConfigLoader;
import org.junit.jupiter.api.Test;

class MissingLabelTest {

  private final RuleTester tester = RuleTester.of(new MissingLabel()).config(ConfigLoader.parse(
      "label-schema:\n  org.opencontainers.image.source: url\n  team: text\n", null, "test"));

  @Test
  void eachMissingLabelOfEachResultStage() {
    tester.check("""
        # expect: DL3049 "`org.opencontainers.image.source`", DL3049 "`team`"
        FROM python:3.12-slim
        """);
    tester.check("""
        # expect: DL3049 "team"
        FROM python:3.12-slim
        LABEL org.opencontainers.image.source="https://example.com/app"
        """);
  }

  @Test
  void labelsAreInheritedFromParentStages() {
    tester.checkClean("""
        FROM python:3.12-slim AS base
        LABEL org.opencontainers.image.source="https://example.com/app" team=web
        FROM base AS app
        FROM app
        """);
  }

  @Test
  void intermediateStagesNeedNoLabels() {
    tester.checkClean("""
        FROM python:3.12 AS build
        RUN pip wheel -w /w gunicorn==23.0.0
        FROM python:3.12-slim AS base
        FROM base
        COPY --from=build /w /w
        LABEL org.opencontainers.image.source="https://example.com/app" team=web
        """);
  }

  @Test
  void everyResultStageIsChecked() {
    tester.check("""
        FROM python:3.12-slim AS base
        FROM base AS app
        LABEL org.opencontainers.image.source="https://example.com/app" team=web
        # expect: DL3049 "stage `test`", DL3049 "stage `test`"
        FROM base AS test
        """);
  }

  @Test
  void nothingIsRequiredWithoutASchema() {
    RuleTester.of(new MissingLabel()).checkClean("FROM python:3.12-slim\n");
  }

  @Test
  void documentationExamples() {
    RuleTester.of(new MissingLabel()).checkDocumentationExamples();
  }
}
