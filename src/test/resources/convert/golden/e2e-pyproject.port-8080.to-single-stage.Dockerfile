# syntax=docker/dockerfile:1
# e2e-hello: console script 'e2e-hello', Python 3.11 (newest CPython minor matching requires-python
# ">=3.11,<3.12"). Written by `dockwright init --target port-8080`; edit freely.

FROM python:3.11-slim
# Folded in from stage 'builder' by dockwright convert: its ENV only reaches its own RUNs.
RUN export PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_ROOT_USER_ACTION=ignore \
 && python -m venv /opt/venv
WORKDIR /app
# Then the project itself (for its console script), without its dependencies, which are already
# installed.
COPY . .
RUN --mount=type=cache,target=/root/.cache/pip \
    export PATH="/opt/venv/bin:$PATH" \
        PIP_DISABLE_PIP_VERSION_CHECK=1 \
        PIP_ROOT_USER_ACTION=ignore \
        VIRTUAL_ENV=/opt/venv \
 && pip install --no-deps .
# Logs appear at once; no .pyc files are written at run time; the virtualenv comes first on PATH.
ENV PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    PATH="/opt/venv/bin:$PATH"
# A non-root user with a numeric uid, so runtimes can verify it is not root.
RUN useradd --create-home --no-log-init --uid 10001 --shell /usr/sbin/nologin app
WORKDIR /app
# The code, owned by root: the app user can read it but not change it.
COPY . .
USER 10001
ENV PORT=8080
EXPOSE 8080
# Health: GET /health must answer below 400, with the standard library (no curl in the image).
HEALTHCHECK --interval=5s --timeout=3s --start-period=30s --retries=3 \
  CMD ["python", "-c", "import http.client as h; c = h.HTTPConnection('127.0.0.1', 8080, timeout=3); c.request('GET', '/health'); raise SystemExit(c.getresponse().status >= 400)"]
# The program reads its port from $PORT.
CMD ["e2e-hello"]
