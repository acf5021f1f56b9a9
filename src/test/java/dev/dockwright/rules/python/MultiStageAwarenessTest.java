package dev.dockwright.rules.python;

import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleTester;
import org.junit.jupiter.api.Test;

/**
 * The rules about what ships (root user, compilers, caches, build tools, health check, server
 * settings) judge the final stage and the stages it is built FROM, never a builder stage that is
 * only copied from: every dockwright rule runs here together.
 */
class MultiStageAwarenessTest {

  private final RuleTester all = RuleTester.of(DockwrightRules.all().toArray(new Rule[0]));

  @Test
  void aRootBuilderWithBuildToolsTriggersNothing() {
    all.checkClean("""
        FROM python:3.12-slim AS builder
        USER root
        RUN apt-get update && apt-get install -y build-essential libpq-dev gcc
        RUN pip install poetry==1.8.3 && poetry config virtualenvs.in-project true
        WORKDIR /build
        COPY pyproject.toml poetry.lock ./
        RUN poetry install --only main --no-root
        COPY src/ src/
        RUN .venv/bin/pip install --no-deps .
        EXPOSE 9999
        CMD uvicorn app:app --reload

        FROM python:3.12-slim
        ENV PYTHONUNBUFFERED=1 PYTHONDONTWRITEBYTECODE=1 PATH=/build/.venv/bin:$PATH
        RUN apt-get update && apt-get install -y --no-install-recommends libpq5 \\
         && rm -rf /var/lib/apt/lists/*
        RUN useradd --create-home --uid 10001 app
        COPY --from=builder /build/.venv /build/.venv
        USER 10001
        EXPOSE 8000
        HEALTHCHECK CMD ["python", "-c", "import socket; socket.create_connection(('127.0.0.1', 8000), 2)"]
        CMD ["gunicorn", "--bind", "0.0.0.0:8000", "app:app"]
        """);
  }

  @Test
  void theSameStepsInTheStageThatShipsAreReported() {
    all.check("""
        # expect: DW2001
        FROM python:3.12-slim
        # expect: DW1004 "apt-get update", DW1003 "build-essential"
        RUN apt-get update && apt-get install -y build-essential libpq-dev
        # expect: DW1004 "pip install", DW1005 "poetry"
        RUN pip install poetry==1.8.3
        COPY pyproject.toml poetry.lock ./
        # expect: DW1004 "poetry install"
        RUN poetry install --only main --no-root
        EXPOSE 8000
        # expect: DW2002, DW4002, DW5001, DW5002, DW5003 "127.0.0.1", DW5004 "--reload"
        CMD uvicorn app:app --reload
        """);
  }
}
