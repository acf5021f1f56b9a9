FROM python:3.11-slim
# Folded in from stage 'builder' by dockwright convert: its ENV only reaches its own RUNs.
RUN python -m venv /opt/venv
WORKDIR /src
COPY pyproject.toml ./
COPY src ./src
RUN export PATH=/opt/venv/bin:$PATH PIP_NO_CACHE_DIR=1 \
 && pip install .
RUN useradd --create-home --uid 10001 app
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONUNBUFFERED=1
WORKDIR /app
USER 10001
ENV PORT=8080
EXPOSE 8080
HEALTHCHECK --interval=2s --timeout=3s --start-period=10s --retries=3 \
  CMD ["python", "-c", "import http.client as h, os; c = h.HTTPConnection('127.0.0.1', int(os.environ.get('PORT', '8080')), timeout=3); c.request('GET', '/health'); raise SystemExit(c.getresponse().status >= 400)"]
CMD ["sh", "-c", "exec convert-e2e --port \"$PORT\""]
