package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.LintOptions;
import dev.dockwright.lint.RuleTester;
import dev.dockwright.lint.Severity;
import dev.dockwright.lint.config.LintConfig;
import org.junit.jupiter.api.Test;

class MissingHealthcheckTest {

  private final RuleTester enabled = RuleTester.of(new MissingHealthcheck())
      .config(LintConfig.DEFAULTS.withSeverity("DL3057", Severity.INFO));

  @Test
  void finalImageWithoutHealthcheck() {
    enabled.check("""
        # expect: DL3057
        FROM python:3.12-slim
        CMD ["python", "-m", "http.server"]
        """);
    enabled.check("""
        FROM python:3.12-slim AS base
        HEALTHCHECK CMD python -c 'print(1)'
        # expect: DL3057
        FROM python:3.12-slim
        """);
  }

  @Test
  void ownInheritedOrDisabledHealthchecksAreFine() {
    enabled.checkClean("""
        FROM python:3.12-slim
        HEALTHCHECK NONE
        """);
    enabled.checkClean("""
        FROM scratch AS base1
        HEALTHCHECK CMD ["/bin/probe"]
        FROM base1 AS base2
        FROM base2
        """);
  }

  @Test
  void builderStagesThatDoNotShipNeedNone() {
    enabled.checkClean("""
        FROM python:3.12 AS build
        RUN pip wheel -w /w gunicorn==23.0.0
        FROM python:3.12-slim
        COPY --from=build /w /w
        HEALTHCHECK CMD python -c 'print(1)'
        """);
  }

  @Test
  void followsTheTargetStage() {
    enabled.options(new LintOptions(java.util.Optional.empty(), java.util.Optional.of("app"))).check("""
        # expect: DL3057
        FROM python:3.12-slim AS app
        FROM app AS checked
        HEALTHCHECK NONE
        """);
  }

  @Test
  void offByDefaultAsInHadolint() {
    RuleTester.of(new MissingHealthcheck()).checkClean("FROM python:3.12-slim\n");
  }

  @Test
  void documentationExamples() {
    RuleTester.of(new MissingHealthcheck()).checkDocumentationExamples();
  }
}
