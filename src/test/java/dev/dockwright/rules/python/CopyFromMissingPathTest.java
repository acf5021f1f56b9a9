package dev.dockwright.rules.python;

import dev.dockwright.lint.RuleTester;
import org.junit.jupiter.api.Test;

class CopyFromMissingPathTest {

  private final RuleTester tester = RuleTester.of(new CopyFromMissingPath());

  @Test
  void sitePackagesOfAnotherPythonVersionDoNotExistInTheBuilder() {
    tester.check("""
        FROM python:3.13-slim AS builder
        RUN pip install --no-cache-dir -r requirements.txt
        FROM python:3.12-slim
        # expect: DW1001 "Python 3.13"
        COPY --from=builder /usr/local/lib/python3.12/site-packages /usr/local/lib/python3.12/site-packages
        COPY --from=builder /usr/local/bin/gunicorn /usr/local/bin/gunicorn
        """);
  }

  @Test
  void matchingSitePackagesCopiedIntoAnotherPythonAreUseless() {
    tester.check("""
        FROM python:3.13-slim AS builder
        RUN pip install --no-cache-dir flask
        FROM python:3.12-slim
        # expect: DW1001 "copied into a stage on Python 3.12"
        COPY --from=builder /usr/local/lib/python3.13/site-packages /usr/local/lib/python3.13/site-packages
        """);
  }

  @Test
  void aVirtualenvMovesOnlyBetweenStagesOfTheSamePython() {
    tester.check("""
        FROM python:3.11 AS builder
        RUN python -m venv /opt/venv && /opt/venv/bin/pip install flask
        FROM python:3.12-slim AS bad
        # expect: DW1001 "built for Python 3.11"
        COPY --from=builder /opt/venv /opt/venv
        FROM python:3.11-slim
        COPY --from=builder /opt/venv /opt/venv
        """);
  }

  @Test
  void pathsNoStepCreatesAreReported() {
    tester.check("""
        FROM python:3.12-slim AS builder
        WORKDIR /src
        COPY . .
        RUN pip wheel --no-cache-dir --wheel-dir /wheels -r requirements.txt
        FROM python:3.12-slim
        COPY --from=builder /wheels /wheels
        COPY --from=builder /src/app ./app
        # expect: DW1001 "never creates /install"
        COPY --from=builder /install /usr/local
        # expect: DW1001 "never creates /dist"
        COPY --from=builder /dist/*.whl /tmp/
        """);
  }

  @Test
  void installTargetsUserSiteAndUvEnvironmentsCount() {
    tester.checkClean("""
        FROM python:3.12-slim AS builder
        WORKDIR /app
        RUN pip install --prefix=/install flask && pip install --user gunicorn
        RUN uv sync --locked --no-install-project
        RUN mkdir -p /data/models && curl -o /opt/tool.tgz https://example.invalid/t.tgz
        FROM python:3.12-slim
        COPY --from=builder /install /usr/local
        COPY --from=builder /root/.local /root/.local
        COPY --from=builder /app/.venv /app/.venv
        COPY --from=builder /data/models /models
        COPY --from=builder /opt/tool.tgz /tmp/
        COPY --from=builder /usr/local/lib/python3.12/site-packages /usr/local/lib/python3.12/site-packages
        """);
  }

  @Test
  void stagesRunningUnknownProgramsOrUnknownBasesAreNotJudged() {
    tester.checkClean("""
        FROM python:3.12-slim AS builder
        RUN ./build.sh
        FROM node:20 AS web
        RUN npm ci && npm run build
        FROM mycorp/base AS other
        FROM ghcr.io/astral-sh/uv:0.5 AS uv
        FROM gcr.io/distroless/python3-debian12 AS distroless
        FROM python:3.12-slim
        COPY --from=uv /uv /uvx /bin/
        COPY --from=distroless /busybox/sh /bin/sh
        COPY --from=builder /anything /a
        COPY --from=web /app/dist /static
        COPY --from=other /opt/tool /opt/tool
        COPY --from=nginx:latest /etc/nginx/nginx.conf /etc/nginx.conf
        """);
  }
}
