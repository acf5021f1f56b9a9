package dev.dockwright.rules.buildkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.lint.Finding;
import dev.dockwright.lint.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class StageNameCasingTest {

  private final RuleTester tester = RuleTester.of(new StageNameCasing());

  @Test
  void mixedCaseStageNameIsReported() {
    List<Finding> findings = tester.check("""
        # expect: StageNameCasing
        FROM alpine AS BuilderBase
        FROM alpine AS runtime
        """);
    assertThat(findings.get(0).message()).isEqualTo("Stage name 'BuilderBase' should be lowercase");
  }

  @Test
  void lowerCaseNamesAndUnnamedStagesAreFine() {
    tester.checkClean("""
        FROM alpine AS builder-base
        FROM alpine
        FROM builder-base AS final
        """);
  }

  @Test
  void onlyTheNameCountsNotTheKeywordOrImage() {
    tester.checkClean("""
        FROM Alpine as build
        """);
  }

  @Test
  void fixLowerCasesTheNameAndEveryReference() {
    String fixed = tester.applyFixes("""
        FROM python:3.12 AS Builder
        RUN pip wheel -w /wheels .
        FROM Builder AS Test
        RUN --mount=type=cache,from=BUILDER,target=/w true
        FROM python:3.12-slim
        COPY --from=Builder /wheels /wheels
        COPY --from=other /x /x
        """);
    assertThat(fixed).isEqualTo("""
        FROM python:3.12 AS builder
        RUN pip wheel -w /wheels .
        FROM builder AS test
        RUN --mount=type=cache,from=builder,target=/w true
        FROM python:3.12-slim
        COPY --from=builder /wheels /wheels
        COPY --from=other /x /x
        """);
    tester.checkClean(fixed);
  }

  @Test
  void twoStagesOfOneNameGetNonOverlappingFixes() {
    String fixed = tester.applyFixes("""
        FROM alpine AS Base
        FROM alpine AS BASE
        COPY --from=Base /a /a
        """);
    assertThat(fixed).isEqualTo("""
        FROM alpine AS base
        FROM alpine AS base
        COPY --from=base /a /a
        """);
  }
}
