package dev.dockwright.rules.python;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.lint.RuleTester;
import org.junit.jupiter.api.Test;

class PythonBytecodeWrittenTest {

  private final RuleTester tester = RuleTester.of(new PythonBytecodeWritten());

  @Test
  void serverImageThatCompilesAtRunTime() {
    tester.check("""
        FROM python:3.12-slim
        COPY . /app
        # expect: DW5002 "__pycache__"
        CMD exec uvicorn app:app --host 0.0.0.0
        """);
  }

  @Test
  void variableFlagOrBuildTimeCompilation() {
    tester.checkClean("""
        FROM python:3.12-slim
        ENV PYTHONDONTWRITEBYTECODE=1
        CMD ["uvicorn", "app:app", "--host", "0.0.0.0"]
        """);
    tester.checkClean("""
        FROM ghcr.io/astral-sh/uv:python3.12-bookworm-slim AS build
        ENV UV_COMPILE_BYTECODE=1
        RUN uv sync --frozen --no-dev
        FROM python:3.12-slim
        COPY --from=build /app /app
        CMD ["/app/.venv/bin/uvicorn", "app:app", "--host", "0.0.0.0"]
        """);
    tester.checkClean("""
        FROM python:3.12-slim
        COPY . /app
        RUN python -m compileall -q /app
        CMD ["gunicorn", "-b", "0.0.0.0:8000", "app:app"]
        """);
    tester.checkClean("""
        FROM python:3.12-slim
        EXPOSE 8000
        CMD ["python", "-B", "server.py"]
        """);
  }

  @Test
  void notAServer() {
    tester.checkClean("""
        FROM python:3.12-slim
        CMD ["python", "-m", "mytool"]
        """);
  }

  @Test
  void bothEnvFixesApplyTogetherBelowOneFrom() {
    RuleTester both = RuleTester.of(new PythonBytecodeWritten(), new PythonUnbufferedNotSet());
    String fixed = both.applyFixes("""
        FROM python:3.12-slim
        CMD ["gunicorn", "-b", "0.0.0.0:8000", "app:app"]
        """);
    assertThat(fixed).isEqualTo("""
        FROM python:3.12-slim
        ENV PYTHONUNBUFFERED=1
        ENV PYTHONDONTWRITEBYTECODE=1
        CMD ["gunicorn", "-b", "0.0.0.0:8000", "app:app"]
        """);
    both.checkClean(fixed);
  }

  @Test
  void documentationExamples() {
    tester.checkDocumentationExamples();
  }
}
