package dev.dockwright.rules.python;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.lint.RuleTester;
import org.junit.jupiter.api.Test;

class PackageCacheLeftTest {

  private final RuleTester tester = RuleTester.of(new PackageCacheLeft());

  @Test
  void cachesLeftInTheShippedStages() {
    tester.check("""
        FROM python:3.12-slim
        # expect: DW1004 "/root/.cache/pip"
        RUN python -m pip install -r requirements.txt
        # expect: DW1004 "uv pip install"
        RUN uv pip install --system flask
        # expect: DW1004 "uv sync"
        RUN uv sync --frozen
        # expect: DW1004 "pypoetry"
        RUN poetry install --no-root
        # expect: DW1004 "/var/lib/apt/lists"
        RUN apt-get update && apt-get install -y --no-install-recommends libpq5
        """);
  }

  @Test
  void nonRootUserCachesUnderItsHome() {
    tester.check("""
        FROM python:3.12-slim
        RUN useradd -m app
        USER app
        # expect: DW1004 "/home/app/.cache/pip"
        RUN --mount=type=cache,target=/root/.cache/pip pip install --user flask
        """);
  }

  @Test
  void cleanCaches() {
    tester.checkClean("""
        FROM python:3.12-slim
        ENV PIP_NO_CACHE_DIR=1 UV_NO_CACHE=1
        RUN pip install flask
        RUN uv pip install --system flask
        RUN --mount=type=cache,target=/root/.cache/uv uv sync --frozen
        RUN PIP_NO_CACHE_DIR=off pip install gunicorn
        RUN pip install --no-cache-dir uvicorn && pip install a && pip cache purge
        RUN pip install b && rm -rf ~/.cache/pip
        RUN pip install --no-cache /wheels/* && uv pip install --no-cache-dir --system botocore
        RUN export PIP_NO_CACHE_DIR=1 && pip install c
        ENV POETRY_CACHE_DIR=/tmp/poetry_cache
        RUN poetry install --no-root && rm -rf $POETRY_CACHE_DIR
        RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*
        RUN --mount=type=cache,target=/var/lib/apt/lists,sharing=locked apt-get update && apt-get install -y git
        """);
  }

  /**
   * Corpus review (docker-library/python 3.x slim-trixie, 0493/0504): Debian 13's
   * {@code apt-get dist-clean} removes the lists; before it, not after.
   */
  @Test
  void aptDistcleanAfterTheUpdateRemovesTheLists() {
    tester.checkClean("""
        FROM debian:trixie-slim
        RUN set -eux; \\
        	apt-get update; \\
        	apt-get install -y --no-install-recommends ca-certificates netbase tzdata; \\
        	apt-get dist-clean
        RUN apt-get update && apt-get install -y curl && apt distclean
        """);
    tester.check("""
        FROM debian:trixie-slim
        # expect: DW1004 "/var/lib/apt/lists"
        RUN apt-get dist-clean && apt-get update && apt-get install -y curl
        """);
  }

  @Test
  void builderStagesMayKeepTheirCaches() {
    tester.checkClean("""
        FROM python:3.12 AS builder
        RUN apt-get update && apt-get install -y build-essential
        RUN pip install --prefix=/install -r requirements.txt
        FROM python:3.12-slim
        COPY --from=builder /install /usr/local
        CMD ["python", "-m", "app"]
        """);
  }

  @Test
  void fixesAddFlagsAndRemoveLists() {
    assertThat(tester.applyFixes("""
        FROM python:3.12-slim
        RUN pip3 install -r requirements.txt && uv pip install --system x
        RUN apt-get update \\
         && apt-get install -y curl
        """)).isEqualTo("""
        FROM python:3.12-slim
        RUN pip3 install --no-cache-dir -r requirements.txt && uv pip install --no-cache --system x
        RUN apt-get update \\
         && apt-get install -y curl \\
         && rm -rf /var/lib/apt/lists/*
        """);
  }

  @Test
  void noListRemovalWhenALaterRunInstallsWithoutUpdating() {
    String text = """
        FROM debian:12
        RUN apt-get update && apt-get install -y curl
        RUN apt-get install -y git
        """;
    assertThat(tester.applyFixes(text)).isEqualTo(text);
  }

  @Test
  void documentationExamples() {
    tester.checkDocumentationExamples();
  }
}
