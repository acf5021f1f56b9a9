# syntax=docker/dockerfile:1
# uv-svc: FastAPI (main:app), Python 3.13 (pinned to 3.13). Written by `dockwright init --target
# generic`; edit freely.

# One stage: the tools that install the dependencies stay in the image (--single-stage).
FROM python:3.13-slim
# Logs appear at once; no .pyc files are written at run time; the virtualenv comes first on PATH.
ENV PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    PATH="/opt/venv/bin:$PATH"
# A non-root user with a numeric uid, so runtimes can verify it is not root.
RUN useradd --create-home --no-log-init --uid 10001 --shell /usr/sbin/nologin app
# Compile bytecode at install time (faster start), copy out of the cache mount rather than
# hard-link, use the image's Python (never download one), and build the environment in /opt/venv.
ENV UV_COMPILE_BYTECODE=1 \
    UV_LINK_MODE=copy \
    UV_PYTHON_DOWNLOADS=0 \
    UV_PYTHON=python3.13 \
    UV_PROJECT_ENVIRONMENT=/opt/venv \
    VIRTUAL_ENV=/opt/venv
WORKDIR /app
# Dependencies before the code, straight from the lock file: this layer is reused until
# pyproject.toml or uv.lock changes.
RUN --mount=from=ghcr.io/astral-sh/uv:0.13.8,source=/uv,target=/bin/uv \
    --mount=type=cache,target=/root/.cache/uv \
    --mount=type=bind,source=uv.lock,target=uv.lock \
    --mount=type=bind,source=pyproject.toml,target=pyproject.toml \
    uv sync --locked --no-install-project --no-dev
# The code, owned by root: the app user can read it but not change it.
COPY . .
USER 10001
ENV PORT=8080
EXPOSE 8080
# Health: GET / must answer without a server error, with the standard library (no curl in the
# image).
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=3 \
  CMD ["python", "-c", "import http.client as h, os; c = h.HTTPConnection('127.0.0.1', int(os.environ.get('PORT', '8080')), timeout=3); c.request('GET', '/'); raise SystemExit(c.getresponse().status >= 500)"]
# Uvicorn serves the ASGI app on all interfaces; WEB_CONCURRENCY sets workers.
CMD ["sh", "-c", "exec uvicorn main:app --host 0.0.0.0 --port \"$PORT\""]
