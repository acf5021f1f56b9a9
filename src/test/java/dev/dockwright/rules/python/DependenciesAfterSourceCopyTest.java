package dev.dockwright.rules.python;

import dev.dockwright.lint.RuleTester;
import org.junit.jupiter.api.Test;

class DependenciesAfterSourceCopyTest {

  private final RuleTester tester = RuleTester.of(new DependenciesAfterSourceCopy());

  @Test
  void installAfterTheWholeContext() {
    tester.check("""
        FROM python:3.12-slim
        COPY . /app
        # expect: DW1006 "COPY . /app (line 2)"
        RUN pip install --no-cache-dir -r /app/requirements.txt
        """);
    tester.check("""
        FROM ghcr.io/astral-sh/uv:python3.12-bookworm-slim AS build
        WORKDIR /app
        COPY ./ ./
        # expect: DW1006 "uv sync"
        RUN uv sync --frozen --no-dev
        FROM python:3.12-slim
        COPY --from=build /app /app
        """);
    tester.check("""
        FROM python:3.12-slim AS base
        WORKDIR /srv
        COPY app/ .
        FROM base
        # expect: DW1006 "poetry install"
        RUN poetry install --only main
        """);
  }

  @Test
  void upgradingPipFirstIsNotInstallingDependencies() {
    tester.check("""
        FROM python:3.12-slim
        RUN pip install --upgrade pip setuptools wheel
        COPY . .
        # expect: DW1006
        RUN pip install -r requirements.txt
        """);
    tester.checkClean("""
        FROM python:3.12-slim
        RUN pip install torch==2.3.1 transformers==4.41.2
        COPY . .
        RUN pip install -r requirements.txt
        """);
  }

  @Test
  void manifestsFirstOrProjectOnly() {
    tester.checkClean("""
        FROM python:3.12-slim
        WORKDIR /app
        COPY requirements.txt requirements-dev.txt ./
        RUN pip install -r requirements.txt
        COPY . .
        RUN pip install --no-deps .
        """);
    tester.checkClean("""
        FROM python:3.12-slim
        WORKDIR /app
        COPY pyproject.toml uv.lock ./
        RUN uv sync --frozen --no-install-project
        COPY . .
        RUN uv sync --frozen
        """);
    tester.checkClean("""
        FROM python:3.12-slim
        WORKDIR /app
        COPY requirements/ requirements/
        RUN pip install -r requirements/prod.txt
        COPY . .
        """);
    tester.checkClean("""
        FROM python:3.12-slim
        COPY --from=build /src /app
        RUN pip install -r /app/requirements.txt
        """);
  }

  @Test
  void unusedStagesAreNotBuilt() {
    tester.checkClean("""
        FROM python:3.12-slim AS unused
        COPY . .
        RUN pip install -r requirements.txt
        FROM python:3.12-slim
        CMD ["python"]
        """);
  }

  @Test
  void documentationExamples() {
    tester.checkDocumentationExamples();
  }
}
