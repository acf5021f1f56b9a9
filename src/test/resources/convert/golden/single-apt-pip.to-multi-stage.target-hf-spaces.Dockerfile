# A typical single-stage image for a FastAPI service.
# Build stage (split by dockwright convert): system packages, build tools and the pip installs
# happen here; the runtime stage copies only /opt/venv.
FROM python:3.11 AS builder
# System packages: a compiler for wheels without binaries, and libpq for psycopg.
RUN apt-get update \
 && apt-get install -y --no-install-recommends \
      gcc \
      libpq-dev \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
ENV PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1
RUN python -m venv /opt/venv
ENV VIRTUAL_ENV=/opt/venv \
    PATH="/opt/venv/bin:$PATH"

# Dependencies first, for the layer cache.
COPY requirements.txt .
RUN pip install -r requirements.txt

# Runtime stage: the virtualenv from the builder on the same Python minor, without the build tools.
FROM python:3.11-slim
# Spaces run the container as uid 1000: that user, with a home.
RUN useradd --create-home --uid 1000 user
ENV HOME=/home/user

# System packages: a compiler for wheels without binaries, and libpq for psycopg.
RUN apt-get update \
 && apt-get install -y --no-install-recommends \
      libpq-dev \
 && rm -rf /var/lib/apt/lists/*

WORKDIR /app
ENV PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1

# Dependencies first, for the layer cache.
COPY --chown=1000:1000 requirements.txt .
# The virtualenv the builder filled: the dependencies without the tools that built them.
COPY --from=builder /opt/venv /opt/venv
ENV PATH="/opt/venv/bin:$PATH"

COPY --chown=1000:1000 . .
RUN mkdir -p /app && chown 1000:1000 /app
USER 1000
EXPOSE 7860
# Health: GET / must answer without a server error, with the standard library (no curl in the
# image).
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=3 \
  CMD ["python", "-c", "import http.client as h; c = h.HTTPConnection('127.0.0.1', 7860, timeout=3); c.request('GET', '/'); raise SystemExit(c.getresponse().status >= 500)"]
CMD ["uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "7860"]
