package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.RuleTester;
import org.junit.jupiter.api.Test;

class CopyFromUnknownStageTest {

  private final RuleTester tester = RuleTester.of(new CopyFromUnknownStage());

  @Test
  void unknownOrLaterStagesAreReported() {
    tester.check("""
        FROM python:3.12-slim AS build
        RUN pip wheel --no-cache-dir -w /w gunicorn==23.0.0
        FROM python:3.12-slim
        # expect: DL3022 "biuld"
        COPY --from=biuld /w /w
        # expect: DL3022
        COPY --from=later /x /x
        # expect: DL3022 "there are 2 stages"
        COPY --from=5 /x /x
        # expect: DL3022
        RUN --mount=type=bind,from=nowhere,target=/src ls /src
        FROM python:3.12-slim AS later
        """);
  }

  @Test
  void earlierStagesImagesAndIndexesAreFine() {
    tester.checkClean("""
        ARG UV=ghcr.io/astral-sh/uv:0.5.11
        FROM python:3.12-slim AS Build
        RUN mkdir /w
        FROM python:3.12-slim
        COPY --from=build /w /w
        COPY --from=BUILD /w /w
        COPY --from=0 /w /w
        COPY --from=1 /etc/hostname /x
        COPY --from=haskell:latest /bar .
        COPY --from=ghcr.io/astral-sh/uv /uv /bin/uv
        COPY --from=python@sha256:0123 /x /x
        RUN --mount=type=bind,from=build,target=/w ls /w
        RUN --mount=type=cache,target=/root/.cache ls
        """);
  }

  @Test
  void hadolintCases() {
    tester.check("""
        # expect: DL3022
        COPY --from=foo bar .
        """);
    tester.check("""
        FROM scratch
        # expect: DL3022
        COPY --from=build foo .
        FROM node as build
        RUN baz
        """);
    tester.check("""
        # expect: DL3022
        COPY --from=0 bar .
        """);
    tester.checkClean("""
        FROM scratch
        RUN foo
        FROM node
        COPY --from=0 foo .
        """);
  }

  @Test
  void aVariableIsCheckedWithItsValueAndSkippedWithout() {
    tester.check("""
        FROM alpine:3.20 AS tools
        FROM alpine:3.20
        ARG SRC=tools
        ARG WRONG=tool
        ARG LATER
        COPY --from=${SRC} /bin/sh /x
        # expect: DL3022 "tool"
        COPY --from=$WRONG /bin/sh /x
        COPY --from=$LATER /bin/sh /x
        """);
  }

  @Test
  void documentationExamples() {
    tester.checkDocumentationExamples();
  }
}
