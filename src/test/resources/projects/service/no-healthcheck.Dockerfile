# Bad: no HEALTHCHECK; readiness can only be seen by probing the port.
FROM python:3.11-slim AS builder
RUN python -m venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH
WORKDIR /src
COPY pyproject.toml ./
COPY src ./src
RUN pip install --no-cache-dir .

FROM python:3.11-slim
RUN useradd --create-home --uid 1000 app \
 && mkdir -p /app/data && chown app:app /app/data
COPY --from=builder /opt/venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH PYTHONUNBUFFERED=1 DATA_DIR=/app/data
WORKDIR /app
USER app
EXPOSE 8000
CMD ["fixture-service"]
