# syntax=docker/dockerfile:1
# Runtime: libpq only.
FROM python:3.11-slim AS runtime
# Folded in from stage 'builder' by dockwright convert: its ENV only reaches its own RUNs.
WORKDIR /src
COPY requirements.txt .
# One RUN installs the build tools, uses them and removes them, so no layer keeps them.
RUN apt-get update \
 && apt-get install -y --no-install-recommends build-essential libpq-dev \
 && rm -rf /var/lib/apt/lists/* \
 && python -m venv /opt/venv \
 && (export PATH=/opt/venv/bin:$PATH PIP_NO_CACHE_DIR=1; pip install -r requirements.txt) \
 && apt-get purge -y --auto-remove build-essential libpq-dev
RUN apt-get update \
 && apt-get install -y --no-install-recommends libpq5 \
 && rm -rf /var/lib/apt/lists/*
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONUNBUFFERED=1
WORKDIR /app
COPY . .
RUN useradd --create-home --uid 10001 app
USER app
EXPOSE 8000
HEALTHCHECK CMD curl -f http://localhost:8000/health || exit 1
CMD ["gunicorn", "app:app", "--bind", "0.0.0.0:8000"]
