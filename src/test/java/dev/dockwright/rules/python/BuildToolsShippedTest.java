package dev.dockwright.rules.python;

import dev.dockwright.lint.RuleTester;
import org.junit.jupiter.api.Test;

class BuildToolsShippedTest {

  private final RuleTester tester = RuleTester.of(new BuildToolsShipped());

  @Test
  void toolsInstalledOnlyToInstall() {
    tester.check("""
        FROM python:3.12-slim
        # expect: DW1005 "poetry is installed"
        RUN pip install --no-cache-dir "poetry>=1.8" && poetry install --no-root
        CMD ["python", "-m", "app"]
        """);
    tester.check("""
        FROM python:3.12-slim
        # expect: DW1005 "uv is installed"
        COPY --from=ghcr.io/astral-sh/uv:0.5 /uv /uvx /bin/
        RUN uv pip install --system -r requirements.txt
        CMD ["gunicorn", "-b", ":8000", "app:app"]
        """);
    tester.check("""
        FROM python:3.12-slim
        # expect: DW1005 "pipenv"
        RUN pip install pipenv
        RUN pipenv install --system --deploy
        """);
    tester.check("""
        FROM python:3.12-slim
        # expect: DW1005 "poetry"
        RUN curl -sSL https://install.python-poetry.org | python3 -
        RUN poetry install
        """);
  }

  @Test
  void usedAtRunTimeUninstalledOrOnlyInTheBuilder() {
    tester.checkClean("""
        FROM python:3.12-slim
        COPY --from=ghcr.io/astral-sh/uv:0.5 /uv /bin/uv
        RUN uv sync --frozen
        CMD ["uv", "run", "uvicorn", "app:app", "--host", "0.0.0.0"]
        """);
    tester.checkClean("""
        FROM python:3.12-slim
        RUN pip install poetry && poetry install && pip uninstall -y poetry
        """);
    tester.checkClean("""
        FROM python:3.12 AS build
        RUN pip install poetry && poetry install
        FROM python:3.12-slim
        COPY --from=build /app/.venv /app/.venv
        """);
    tester.checkClean("""
        FROM python:3.12-slim
        RUN pip install uv
        """);
  }

  @Test
  void documentationExamples() {
    tester.checkDocumentationExamples();
  }
}
