# The convert-e2e service in one stage, written by hand.
FROM python:3.11-slim

WORKDIR /app
ENV PYTHONUNBUFFERED=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

# The project and its console script, in a virtualenv.
RUN python -m venv /venv
ENV PATH=/venv/bin:$PATH
COPY pyproject.toml ./
COPY src ./src
RUN pip install --no-cache-dir .

EXPOSE 8000
HEALTHCHECK --interval=2s --timeout=3s --start-period=10s --retries=3 \
  CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/health', timeout=2)"]
CMD ["convert-e2e", "--host", "0.0.0.0", "--port", "8000"]
