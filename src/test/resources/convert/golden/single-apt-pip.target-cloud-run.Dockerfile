# A typical single-stage image for a FastAPI service.
FROM python:3.11
# A non-root user with a numeric uid, so runtimes can verify it is not root.
RUN useradd --create-home --no-log-init --uid 10001 --shell /usr/sbin/nologin app

# System packages: a compiler for wheels without binaries, and libpq for psycopg.
RUN apt-get update \
 && apt-get install -y --no-install-recommends \
      gcc \
      libpq-dev \
 && rm -rf /var/lib/apt/lists/*

WORKDIR /app
ENV PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1

# Dependencies first, for the layer cache.
COPY requirements.txt .
RUN pip install -r requirements.txt

COPY . .
USER 10001
ENV PORT=8080
EXPOSE 8080
# Health: GET / must answer without a server error, with the standard library (no curl in the
# image).
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=3 \
  CMD ["python", "-c", "import http.client as h, os; c = h.HTTPConnection('127.0.0.1', int(os.environ.get('PORT', '8080')), timeout=3); c.request('GET', '/'); raise SystemExit(c.getresponse().status >= 500)"]
CMD ["sh", "-c", "exec uvicorn app.main:app --host 0.0.0.0 --port \"$PORT\""]
