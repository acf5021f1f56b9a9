# syntax=docker/dockerfile:1
# pipenv-flask: Flask (app:application), Python 3.11 (newest CPython minor matching [requires]
# python_version "==3.11.*"). Written by `dockwright init --target generic`; edit freely.

# Build stage: install the dependencies into a virtualenv that the runtime stage copies whole, so
# package managers and build tools never reach the final image.
FROM python:3.11-slim AS builder
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PIP_ROOT_USER_ACTION=ignore
# Pipenv is only needed to read the lock file; it is installed outside the virtualenv and never
# reaches the runtime stage.
RUN --mount=type=cache,target=/root/.cache/pip \
    pip install pipenv==2026.10.3
RUN python -m venv /opt/venv
ENV VIRTUAL_ENV=/opt/venv \
    PATH="/opt/venv/bin:$PATH"
WORKDIR /app
# Dependencies before the code: Pipenv writes the locked set as requirements and pip installs it;
# reused until Pipfile or Pipfile.lock changes.
COPY Pipfile Pipfile.lock ./
RUN --mount=type=cache,target=/root/.cache/pip \
    pipenv requirements > /tmp/requirements.txt \
    && pip install -r /tmp/requirements.txt
# The server is not among the project's dependencies: installed here, pinned. Better: add it to the
# project.
RUN --mount=type=cache,target=/root/.cache/pip \
    pip install gunicorn==27.0.1

# Runtime stage: the same base image as the builder, so the virtualenv's Python is the same minor;
# no build tools; a non-root user.
FROM python:3.11-slim
# Logs appear at once; no .pyc files are written at run time; the virtualenv comes first on PATH.
ENV PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    PATH="/opt/venv/bin:$PATH"
# A non-root user with a numeric uid, so runtimes can verify it is not root.
RUN useradd --create-home --no-log-init --uid 10001 --shell /usr/sbin/nologin app
COPY --from=builder /opt/venv /opt/venv
WORKDIR /app
# The code, owned by root: the app user can read it but not change it.
COPY . .
USER 10001
EXPOSE 8000
# Health: GET /status must answer below 400, with the standard library (no curl in the image).
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=3 \
  CMD ["python", "-c", "import http.client as h; c = h.HTTPConnection('127.0.0.1', 8000, timeout=3); c.request('GET', '/status'); raise SystemExit(c.getresponse().status >= 400)"]
# Gunicorn is a production WSGI server (never the framework's development server); WEB_CONCURRENCY
# sets the number of workers.
CMD ["gunicorn", "app:application", "--bind", "0.0.0.0:8000"]
