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
# A non-root user with a numeric uid, so runtimes can verify it is not root.
RUN useradd --create-home --no-log-init --uid 10001 --shell /usr/sbin/nologin app

# System packages: a compiler for wheels without binaries, and libpq for psycopg.
RUN apt-get update \
 && apt-get install -y --no-install-recommends \
      libpq-dev \
 && rm -rf /var/lib/apt/lists/*

WORKDIR /app
ENV PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1

# Dependencies first, for the layer cache.
COPY requirements.txt .
# The virtualenv the builder filled: the dependencies without the tools that built them.
COPY --from=builder /opt/venv /opt/venv
ENV PATH="/opt/venv/bin:$PATH"

COPY . .
USER 10001
EXPOSE 8000
CMD ["uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "8000"]
