package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.RuleTester;
import org.junit.jupiter.api.Test;

class ConsecutiveRunsTest {

  private final RuleTester tester = RuleTester.of(new ConsecutiveRuns());

  @Test
  void consecutiveSingleCommandRuns() {
    tester.check("""
        FROM debian:12
        RUN apt-get update
        # a comment between them does not separate them
        # expect: DL3059
        RUN apt-get install -y curl
        # expect: DL3059
        RUN rm -rf /var/lib/apt/lists/*
        """);
    tester.check("""
        FROM debian:12
        RUN --mount=type=secret,id=foo /foo.sh
        # expect: DL3059
        RUN --mount=type=secret,id=foo /bar.sh
        """);
  }

  @Test
  void chainedCommandsOtherInstructionsOrFlagsSeparateThem() {
    tester.checkClean("""
        FROM debian:12
        RUN apt-get update && apt-get install -y curl
        RUN useradd app
        WORKDIR /app
        RUN mkdir data
        RUN --mount=type=cache,target=/root/.cache pip install flask==3.0.3
        RUN --network=none python -c 'print(1)'
        RUN ["python", "-c", "print(1)"]
        ONBUILD RUN a
        ONBUILD RUN b
        """);
  }

  @Test
  void runsWithHereDocumentsAreLeftAlone() {
    tester.checkClean("""
        # syntax=docker/dockerfile:1
        FROM debian:12
        RUN cat <<EOF > /etc/motd
        hello
        EOF
        RUN echo there
        RUN <<EOF
        apt-get update
        EOF
        RUN ls
        """);
  }

  @Test
  void buildersThatDoNotShipAreLeftAlone() {
    tester.checkClean("""
        FROM python:3.12-slim AS builder
        RUN --mount=type=cache,target=/root/.cache/pip pip install -r requirements.txt
        RUN --mount=type=cache,target=/root/.cache/pip pip install gunicorn==23.0.0
        FROM python:3.12-slim
        COPY --from=builder /opt/venv /opt/venv
        """);
    tester.check("""
        FROM python:3.12-slim AS base
        RUN pip install flask==3.0.3
        # expect: DL3059
        RUN pip install gunicorn==23.0.0
        FROM base
        """);
  }

  @Test
  void theChainGoesOnFromTheLastMergeableRun() {
    tester.check("""
        FROM debian:12
        RUN foo && bar
        RUN foo
        # expect: DL3059
        RUN bar
        """);
  }

  @Test
  void documentationExamples() {
    tester.checkDocumentationExamples();
  }
}
