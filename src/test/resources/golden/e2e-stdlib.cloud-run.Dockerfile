# syntax=docker/dockerfile:1
# e2e-stdlib: plain Python (server.py), Python 3.11 (pinned to 3.11). Written by `dockwright init
# --target cloud-run`; edit freely.

# One stage: there is nothing to install, so a builder stage would be empty.
FROM python:3.11-slim
# Logs appear at once; no .pyc files are written at run time.
ENV PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1
# A non-root user with a numeric uid, so runtimes can verify it is not root.
RUN useradd --create-home --no-log-init --uid 10001 --shell /usr/sbin/nologin app
WORKDIR /app
# The code, owned by root: the app user can read it but not change it.
COPY . .
USER 10001
ENV PORT=8080
EXPOSE 8080
# Health: GET /health must answer below 400, with the standard library (no curl in the image).
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=3 \
  CMD ["python", "-c", "import http.client as h, os; c = h.HTTPConnection('127.0.0.1', int(os.environ.get('PORT', '8080')), timeout=3); c.request('GET', '/health'); raise SystemExit(c.getresponse().status >= 400)"]
# The program reads its port from $PORT.
CMD ["python", "server.py"]
