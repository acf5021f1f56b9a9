# syntax=docker/dockerfile:1
# pip-fastapi: FastAPI (app.main:app), Python 3.14 (no Python version declared; the newest known
# CPython minor). Written by `dockwright init --target generic`; edit freely.

FROM python:3.14-slim
# Folded in from stage 'builder' by dockwright convert: its ENV only reaches its own RUNs.
RUN export PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_ROOT_USER_ACTION=ignore \
 && python -m venv /opt/venv
WORKDIR /app
# Dependencies before the code: this layer is reused until a requirements file changes. The cache
# mount keeps pip's downloads out of the image.
COPY requirements.txt ./
RUN --mount=type=cache,target=/root/.cache/pip \
    export PATH="/opt/venv/bin:$PATH" \
        PIP_DISABLE_PIP_VERSION_CHECK=1 \
        PIP_ROOT_USER_ACTION=ignore \
        VIRTUAL_ENV=/opt/venv \
 && pip install -r requirements.txt
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
EXPOSE 8000
# Health: GET /healthz must answer below 400, with the standard library (no curl in the image).
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=3 \
  CMD ["python", "-c", "import http.client as h; c = h.HTTPConnection('127.0.0.1', 8000, timeout=3); c.request('GET', '/healthz'); raise SystemExit(c.getresponse().status >= 400)"]
# Uvicorn serves the ASGI app on all interfaces; WEB_CONCURRENCY sets workers.
CMD ["uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "8000"]
