package dev.dockwright.rules.hadolint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.lint.RuleTester;
import org.junit.jupiter.api.Test;

class PipNoCacheDirTest {

  private final RuleTester tester = RuleTester.of(new PipNoCacheDir());

  @Test
  void pipInstallWithACacheIsReported() {
    tester.check("""
        FROM python:3.12-slim
        # expect: DL3042 "~/.cache/pip"
        RUN pip install MySQL_python
        # expect: DL3042
        RUN pip2 install MySQL_python
        # expect: DL3042
        RUN pip3 install -r requirements.txt
        # expect: DL3042
        RUN python3 -m pip install -U pip
        # expect: DL3042
        RUN pip install --no-cache-dir a==1 && pip install b==2
        # expect: DL3042
        RUN PIP_NO_CACHE_DIR= pip install MySQL_python
        # expect: DL3042
        ONBUILD RUN pip install MySQL_python
        """);
  }

  @Test
  void noCacheDirOrTheEnvironmentVariableIsFine() {
    tester.checkClean("""
        FROM python:3.12-slim
        RUN pip2 install MySQL_python --no-cache-dir
        RUN pip3 install --no-cache-dir MySQL_python
        RUN python3 -m pip install --no-cache --no-deps /tmp/x.whl
        RUN PIP_NO_CACHE_DIR=1 pip install MySQL_python
        RUN export PIP_NO_CACHE_DIR=yes && pip install MySQL_python
        RUN env PIP_NO_CACHE_DIR=on pip install MySQL_python
        RUN pipx install software
        RUN pipenv install library
        RUN uv pip install --system flask
        RUN pip download flask && pip wheel flask && pip uninstall -y flask
        """);
    tester.checkClean("""
        FROM python:3.12-slim
        ENV PIP_NO_CACHE_DIR=true
        RUN pip install MySQL_python
        """);
    tester.checkClean("""
        FROM python:3.12-slim
        ARG PIP_NO_CACHE_DIR=1
        RUN pip install MySQL_python
        """);
  }

  @Test
  void pipDisablesTheCacheForFalseValuesToo() {
    // pip reads any boolean as "no cache" (backwards compatibility); hadolint reports these.
    tester.checkClean("""
        FROM python:3.12-slim
        ENV PIP_NO_CACHE_DIR=0
        RUN pip install MySQL_python
        RUN PIP_NO_CACHE_DIR=false pip install MySQL_python
        RUN export PIP_NO_CACHE_DIR=off && pip install MySQL_python
        """);
  }

  @Test
  void theEnvironmentIsInheritedFromParentStagesOnly() {
    tester.checkClean("""
        FROM debian:buster AS base
        ENV PIP_NO_CACHE_DIR=1
        FROM base
        RUN pip install six
        """);
    tester.check("""
        FROM debian:buster AS base
        ENV PIP_NO_CACHE_DIR=1
        FROM debian:buster
        # expect: DL3042
        RUN pip install six
        """);
  }

  @Test
  void aCacheMountOnPipsCacheOrAboveItIsClean() {
    tester.checkClean("""
        FROM python:3.12-slim
        RUN --mount=type=cache,target=/root/.cache/pip pip install foobar
        RUN --mount=type=tmpfs,target=/root/.cache/pip pip install foobar
        RUN --mount=type=cache,target=/root/.cache pip install foobar
        RUN --mount=type=cache,target=/home/app/.cache/pip,uid=1000 pip install foobar
        RUN --mount=type=cache,target=/pipcache pip install --cache-dir /pipcache foobar
        RUN --mount=type=cache,target=/tmp/cache PIP_CACHE_DIR=/tmp/cache/pip pip install foobar
        RUN pip install foobar && pip cache purge
        RUN pip install foobar && rm -rf /root/.cache/pip
        """);
    tester.checkClean("""
        FROM python:3.12-slim
        ENV PIP_CACHE_DIR=/var/cache/pip
        RUN --mount=type=cache,target=/var/cache/pip pip install foobar
        """);
  }

  @Test
  void aMountElsewhereIsNotPipsCache() {
    tester.check("""
        FROM python:3.12-slim
        # expect: DL3042 "/pipcache"
        RUN --mount=type=cache,target=/other pip install --cache-dir=/pipcache foobar
        # expect: DL3042
        RUN --mount=type=cache,target=/root/.npm pip install foobar
        # expect: DL3042
        RUN --mount=type=bind,target=/root/.cache/pip pip install foobar
        """);
  }

  @Test
  void builderStagesThatDoNotShipAreNotReported() {
    tester.check("""
        FROM python:3.12 AS build
        RUN pip install build==1.2.2 && python -m build --wheel -o /dist
        FROM python:3.12-slim
        COPY --from=build /dist /dist
        # expect: DL3042
        RUN pip install /dist/*.whl
        """);
  }

  @Test
  void fixAddsNoCacheDir() {
    assertThat(tester.applyFixes("FROM python:3.12-slim\nRUN python -m pip install flask==3.1.0\n"))
        .isEqualTo("FROM python:3.12-slim\nRUN python -m pip install --no-cache-dir flask==3.1.0\n");
  }

  @Test
  void documentationExamples() {
    tester.checkDocumentationExamples();
  }
}
