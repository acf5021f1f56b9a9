package dev.dockwright.rules.python;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.lint.RuleTester;
import org.junit.jupiter.api.Test;

class CompilersInFinalImageTest {

  private final RuleTester tester = RuleTester.of(new CompilersInFinalImage());

  @Test
  void compilersAndHeadersThatShip() {
    tester.check("""
        FROM python:3.12-alpine
        # expect: DW1003 "postgresql-dev are installed"
        RUN apk add --no-cache gcc musl-dev postgresql-dev libpq
        RUN pip install --no-cache-dir psycopg2
        """);
    tester.check("""
        FROM python:3.12-slim AS base
        # expect: DW1003 "python3-dev"
        RUN apt-get update && apt-get install -y python3-dev g++-12
        FROM base AS runtime
        COPY . /app
        """);
  }

  @Test
  void builderStageRunningAsRootWithBuildToolsTriggersNothing() {
    tester.checkClean("""
        FROM python:3.12 AS builder
        USER root
        RUN apt-get update && apt-get install -y build-essential libpq-dev gcc
        RUN pip wheel --wheel-dir /wheels -r requirements.txt
        FROM python:3.12-slim
        COPY --from=builder /wheels /wheels
        RUN pip install --no-cache-dir /wheels/*
        """);
  }

  @Test
  void removedAgainInASingleStageBuild() {
    tester.checkClean("""
        FROM python:3.12-alpine
        RUN apk add --no-cache --virtual .build-deps gcc musl-dev libffi-dev \\
         && pip install --no-cache-dir cffi \\
         && apk del .build-deps
        """);
    tester.checkClean("""
        FROM python:3.12-slim
        RUN apt-get update && apt-get install -y gcc libc6-dev \\
         && pip install --no-cache-dir uwsgi \\
         && apt-get purge -y --auto-remove gcc libc6-dev
        """);
  }

  @Test
  void autoRemovedOrAlreadyInTheBase() {
    tester.checkClean("""
        FROM debian:bookworm-slim
        RUN savedAptMark="$(apt-mark showmanual)" \\
         && apt-get update && apt-get install -y --no-install-recommends gcc libc6-dev libssl-dev \\
         && make install \\
         && apt-mark auto '.*' > /dev/null && apt-mark manual $savedAptMark \\
         && apt-get purge -y --auto-remove -o APT::AutoRemove::RecommendsImportant=false
        """);
    tester.checkClean("""
        FROM python:3.12
        RUN apt-get update && apt-get install -y libpq-dev
        """);
    tester.checkClean("""
        FROM buildpack-deps:bookworm
        RUN apt-get update && apt-get install -y tk-dev uuid-dev
        """);
  }

  @Test
  void compilersTheServiceUsesAtRunTime() {
    tester.checkClean("""
        FROM python:3.12-slim
        RUN apt-get update && apt-get install -y gcc g++ && rm -rf /var/lib/apt/lists/*
        RUN pip install --no-cache-dir torch==2.4.0 vllm==0.6.1
        """);
    tester.checkClean("""
        FROM debian:12-slim
        RUN apt-get update && apt-get install -y build-essential
        ENV CC=/usr/bin/gcc
        """);
  }

  @Test
  void runtimeLibrariesAreFine() {
    tester.checkClean("""
        FROM python:3.12-slim
        RUN apt-get update && apt-get install -y --no-install-recommends libpq5 libgomp1 udev
        """);
    // Headers without a compiler: installed for a runtime file (libc.so for dlopen).
    tester.checkClean("""
        FROM mcr.microsoft.com/azure-functions/python:4-python3.11
        RUN apt-get update && apt-get install -y libc-dev
        """);
    assertThat(CompilersInFinalImage.isBuildPackage("libssl-dev")).isTrue();
    assertThat(CompilersInFinalImage.isBuildPackage("openssl-devel")).isTrue();
    assertThat(CompilersInFinalImage.isBuildPackage("gcc-12")).isTrue();
    assertThat(CompilersInFinalImage.isBuildPackage("libgcc-s1")).isFalse();
  }

  @Test
  void documentationExamples() {
    tester.checkDocumentationExamples();
  }
}
