# syntax=docker/dockerfile:1
# django-site: Django (mysite.wsgi:application), Python 3.11 (pinned to python-3.11.9). Written by
# `dockwright init --target hf-spaces`; edit freely.

# Build stage: install the dependencies into a virtualenv that the runtime stage copies whole, so
# package managers and build tools never reach the final image.
FROM python:3.11-slim AS builder
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PIP_ROOT_USER_ACTION=ignore
RUN python -m venv /opt/venv
ENV VIRTUAL_ENV=/opt/venv \
    PATH="/opt/venv/bin:$PATH"
WORKDIR /home/user/app
# Dependencies before the code: this layer is reused until a requirements file changes. The cache
# mount keeps pip's downloads out of the image.
COPY requirements.txt ./
RUN --mount=type=cache,target=/root/.cache/pip \
    pip install -r requirements.txt

# Runtime stage: the same base image as the builder, so the virtualenv's Python is the same minor;
# no build tools; a non-root user.
FROM python:3.11-slim
# Logs appear at once; no .pyc files are written at run time; the virtualenv comes first on PATH.
ENV PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    PATH="/opt/venv/bin:$PATH"
# Spaces run the container as uid 1000: create that user with a home and an app directory it can
# write to.
RUN useradd --create-home --uid 1000 user \
    && mkdir /home/user/app && chown 1000:1000 /home/user/app
COPY --from=builder /opt/venv /opt/venv
WORKDIR /home/user/app
# The code belongs to the Space's user, so the app can write next to it.
COPY --chown=1000:1000 . .
# Collect static files into STATIC_ROOT at build time (the settings must import without runtime
# secrets).
RUN python manage.py collectstatic --noinput
ENV HOME=/home/user
USER 1000
EXPOSE 7860
# Health: GET /healthz/ must answer without a server error, with the standard library (no curl in
# the image).
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=3 \
  CMD ["python", "-c", "import http.client as h; c = h.HTTPConnection('127.0.0.1', 7860, timeout=3); c.request('GET', '/healthz/'); raise SystemExit(c.getresponse().status >= 500)"]
# Gunicorn is a production WSGI server (never the framework's development server); WEB_CONCURRENCY
# sets the number of workers.
CMD ["gunicorn", "mysite.wsgi:application", "--bind", "0.0.0.0:7860"]
