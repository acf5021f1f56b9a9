# The convert-e2e service in one stage, written by hand.
# Build stage (split by dockwright convert): system packages, build tools and the pip installs
# happen here; the runtime stage copies only /venv.
FROM python:3.11-slim AS builder
WORKDIR /app
ENV PYTHONUNBUFFERED=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

# The project and its console script, in a virtualenv.
RUN python -m venv /venv
ENV PATH=/venv/bin:$PATH
COPY pyproject.toml ./
COPY src ./src
RUN pip install --no-cache-dir .

# Runtime stage: the virtualenv from the builder on the same Python minor, without the build tools.
FROM python:3.11-slim
# A non-root user with a numeric uid, so runtimes can verify it is not root.
RUN useradd --create-home --no-log-init --uid 10001 --shell /usr/sbin/nologin app

WORKDIR /app
ENV PYTHONUNBUFFERED=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

ENV PATH=/venv/bin:$PATH
COPY pyproject.toml ./
COPY src ./src
# The virtualenv the builder filled: the dependencies without the tools that built them.
COPY --from=builder /venv /venv

USER 10001
EXPOSE 8000
HEALTHCHECK --interval=2s --timeout=3s --start-period=10s --retries=3 \
  CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/health', timeout=2)"]
CMD ["convert-e2e", "--host", "0.0.0.0", "--port", "8000"]
