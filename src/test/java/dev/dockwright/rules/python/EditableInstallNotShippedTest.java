package dev.dockwright.rules.python;

import dev.dockwright.lint.RuleTester;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EditableInstallNotShippedTest {

  private final RuleTester tester = RuleTester.of(new EditableInstallNotShipped());

  @Test
  void builderInstallsEditableAndOnlyTheVenvShips() {
    tester.check("""
        FROM python:3.12-slim AS build
        ENV VIRTUAL_ENV=/opt/venv PATH=/opt/venv/bin:$PATH
        RUN python -m venv /opt/venv
        COPY . /src
        # expect: DW1002 "points at /src/lib"
        RUN uv pip install -e /src/lib
        FROM python:3.12-slim
        COPY --from=build /opt/venv /opt/venv
        """);
  }

  @Test
  void sourceOnlyBindMounted() {
    tester.check("""
        FROM python:3.12-slim
        # expect: DW1002 "bind-mounted"
        RUN --mount=type=bind,target=/src pip install --no-cache-dir -e /src
        CMD ["python", "-m", "app"]
        """);
  }

  @Test
  void sourceCopiedToTheSamePathOrNonEditable() {
    tester.checkClean("""
        FROM python:3.12-slim AS build
        WORKDIR /app
        COPY . .
        RUN python -m venv .venv && .venv/bin/pip install -e .
        FROM python:3.12-slim
        WORKDIR /app
        COPY --from=build /app /app
        """);
    tester.checkClean("""
        FROM python:3.12-slim
        WORKDIR /app
        COPY . .
        RUN pip install -e .
        """);
    tester.checkClean("""
        FROM python:3.12-slim AS tests
        COPY . /src
        RUN pip install -e /src && pytest /src
        FROM python:3.12-slim
        COPY app.py /app.py
        """);
  }

  @Test
  void uvSyncIsEditableForPackages(@TempDir Path dir) throws IOException {
    String dockerfile = """
        FROM ghcr.io/astral-sh/uv:python3.12-bookworm-slim AS build
        WORKDIR /app
        COPY . .
        # expect: DW1002 "uv sync"
        RUN uv sync --frozen
        FROM python:3.12-slim
        COPY --from=build /app/.venv /app/.venv
        """;
    Files.writeString(dir.resolve("pyproject.toml"), """
        [project]
        name = "svc"
        requires-python = ">=3.12"
        [build-system]
        requires = ["hatchling"]
        build-backend = "hatchling.build"
        """);
    tester.context(dir).check(dockerfile);
    tester.context(dir).checkClean(dockerfile.replace("uv sync --frozen", "uv sync --frozen --no-editable")
        .replace("# expect: DW1002 \"uv sync\"\n", ""));
    Files.writeString(dir.resolve("pyproject.toml"), "[project]\nname = \"svc\"\n");
    tester.context(dir).checkClean(dockerfile.replace("# expect: DW1002 \"uv sync\"\n", ""));
  }

  @Test
  void documentationExamples() {
    tester.checkDocumentationExamples();
  }
}
