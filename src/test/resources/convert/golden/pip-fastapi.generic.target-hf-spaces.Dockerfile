# syntax=docker/dockerfile:1
# pip-fastapi: FastAPI (app.main:app), Python 3.14 (no Python version declared; the newest known
# CPython minor). Written by `dockwright init --target generic`; edit freely.

# Build stage: install the dependencies into a virtualenv that the runtime stage copies whole, so
# package managers and build tools never reach the final image.
FROM python:3.14-slim AS builder
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PIP_ROOT_USER_ACTION=ignore
RUN python -m venv /opt/venv
ENV VIRTUAL_ENV=/opt/venv \
    PATH="/opt/venv/bin:$PATH"
WORKDIR /app
# Dependencies before the code: this layer is reused until a requirements file changes. The cache
# mount keeps pip's downloads out of the image.
COPY requirements.txt ./
RUN --mount=type=cache,target=/root/.cache/pip \
    pip install -r requirements.txt

# Runtime stage: the same base image as the builder, so the virtualenv's Python is the same minor;
# no build tools; a non-root user.
FROM python:3.14-slim
# Logs appear at once; no .pyc files are written at run time; the virtualenv comes first on PATH.
ENV PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    PATH="/opt/venv/bin:$PATH"
# A non-root user with a numeric uid, so runtimes can verify it is not root.
RUN useradd --create-home --no-log-init --uid 1000 --shell /usr/sbin/nologin app
ENV HOME=/home/app
COPY --from=builder /opt/venv /opt/venv
WORKDIR /app
# The code, owned by root: the app user can read it but not change it.
COPY --chown=1000:1000 . .
RUN mkdir -p /app && chown 1000:1000 /app
USER 1000
EXPOSE 7860
# Health: GET /healthz must answer below 400, with the standard library (no curl in the image).
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=3 \
  CMD ["python", "-c", "import http.client as h; c = h.HTTPConnection('127.0.0.1', 7860, timeout=3); c.request('GET', '/healthz'); raise SystemExit(c.getresponse().status >= 400)"]
# Uvicorn serves the ASGI app on all interfaces; WEB_CONCURRENCY sets workers.
CMD ["uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "7860"]
