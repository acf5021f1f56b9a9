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

  /**
   * Corpus review (moby/buildkit 0868, aws deep-learning-containers 0549, feast 0566): a scratch
   * image without CMD or ENTRYPOINT runs nothing; it carries files. With a program it runs as root.
   */
  @Test
  void scratchImagesWithoutACommandCarryFilesOnly() {
    tester.checkClean("""
        FROM golang:1.23-alpine AS build
        RUN go build -o /out/amd64variant ./cmd/amd64variant
        FROM scratch
        COPY --from=build /out/amd64variant .
        """);
    tester.check("""
        FROM golang:1.23-alpine AS build
        RUN go build -o /out/app ./cmd/app
        # expect: DW2001
        FROM scratch
        COPY --from=build /out/app /app
        ENTRYPOINT ["/app"]
        """);
  }

  /** Corpus review (jessfraz/dockerfiles strace 0803): tools whose job needs root. */
  @Test
  void programsThatNeedRootAreLeftAlone() {
    tester.checkClean("""
        FROM alpine:3.20
        RUN apk add --no-cache strace
        ENTRYPOINT ["strace"]
        """);
    tester.checkClean("""
        FROM debian:12
        RUN apt-get update && apt-get install -y openssh-server && rm -rf /var/lib/apt/lists/*
        CMD /usr/sbin/sshd -D
        """);
    tester.check("""
        # expect: DW2001
        FROM alpine:3.20
        RUN apk add --no-cache curl
        ENTRYPOINT ["curl"]
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
