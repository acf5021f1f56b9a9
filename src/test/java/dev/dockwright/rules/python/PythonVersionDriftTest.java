package dev.dockwright.rules.python;

import dev.dockwright.lint.RuleTester;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PythonVersionDriftTest {

  private final RuleTester tester = RuleTester.of(new PythonVersionDrift());

  @Test
  void requiresPythonNotSatisfied(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("pyproject.toml"), """
        [project]
        name = "svc"
        requires-python = ">=3.12"
        """);
    tester.context(dir).check("""
        FROM python:3.12 AS build
        RUN pip wheel -w /w .
        # expect: DW5007 "requires-python"
        FROM python:3.11-slim AS runtime
        COPY --from=build /w /w
        """);
    tester.context(dir).checkClean("""
        FROM python:3.11-slim AS build
        FROM python:3.13-slim
        """);
  }

  @Test
  void patchFromTheTagAndPoetry(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("pyproject.toml"), """
        [tool.poetry.dependencies]
        python = ">=3.11.4,<3.13"
        """);
    tester.context(dir).check("""
        # expect: DW5007 "Poetry"
        FROM python:3.11.2-slim
        """);
    tester.context(dir).checkClean("FROM python:3.11-slim\n");
    tester.context(dir).checkClean("FROM python:3.11.9-bookworm\n");
  }

  @Test
  void pinFiles(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve(".python-version"), "# pyenv\n3.12.4\n");
    Files.writeString(dir.resolve("runtime.txt"), "python-3.11.9\n");
    tester.context(dir).check("""
        # expect: DW5007 ".python-version pins 3.12.4", DW5007 "runtime.txt"
        FROM python:3.10-slim AS base
        FROM base
        """);
  }

  @Test
  void uvManagedPythonCopiedFromTheBuilder(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve(".python-version"), "3.11\n");
    tester.context(dir).checkClean("""
        FROM ghcr.io/astral-sh/uv:python3.12-bookworm-slim AS uv
        WORKDIR /app
        ADD . /app
        RUN uv sync --locked --no-dev --no-editable
        FROM python:3.12-slim-bookworm
        COPY --from=uv /root/.local /root/.local
        COPY --from=uv /app/.venv /app/.venv
        """);
  }

  @Test
  void nothingToCompare(@TempDir Path dir) throws IOException {
    tester.context(dir).checkClean("FROM python:3.11-slim\n");
    Files.writeString(dir.resolve(".python-version"), "system\n");
    Files.writeString(dir.resolve("pyproject.toml"), "[project]\nrequires-python = \">=3.12\"\n");
    tester.context(dir).checkClean("FROM debian:12\nRUN apt-get install -y python3\n");
    RuleTester.of(new PythonVersionDrift()).checkClean("FROM python:3.8\n");
  }

  @Test
  void documentationExamples() {
    tester.checkDocumentationExamples();
  }
}
