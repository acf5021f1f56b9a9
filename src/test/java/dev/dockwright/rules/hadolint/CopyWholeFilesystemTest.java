package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.RuleTester;
import org.junit.jupiter.api.Test;

class CopyWholeFilesystemTest {

  private final RuleTester tester = RuleTester.of(new CopyWholeFilesystem());

  @Test
  void rootOfAStageOntoRoot() {
    tester.check("""
        FROM alpine:3.20 AS build
        FROM scratch
        # expect: DL3067
        COPY --from=build / /
        # expect: DL3067
        COPY --from=build "/" "/"
        # expect: DL3067
        COPY --from=build ["/", "/"]
        """);
  }

  @Test
  void directoriesOrNoFromAreFine() {
    tester.checkClean("""
        FROM alpine:3.20 AS build
        FROM scratch
        COPY / /
        COPY --from=build /app /
        COPY --from=build / /app
        """);
  }

  @Test
  void buildersThatDoNotShipMayDoIt() {
    tester.checkClean("""
        FROM --platform=$BUILDPLATFORM tonistiigi/xx:1.5.0 AS xx
        FROM --platform=$BUILDPLATFORM golang:1.23 AS build
        COPY --from=xx / /
        RUN xx-go build -o /out/app .
        FROM scratch
        COPY --from=build /out/app /app
        """);
    tester.check("""
        FROM python:3.12 AS base
        FROM python:3.12-slim AS runtime
        # expect: DL3067
        COPY --from=base / /
        FROM runtime
        """);
  }

  @Test
  void documentationExamples() {
    tester.checkDocumentationExamples();
  }
}
