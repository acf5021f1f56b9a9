# Needs BuildKit: a pip cache mount (the classic builder refuses RUN --mount).
FROM python:3.11-slim AS builder
RUN python -m venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH
WORKDIR /src
COPY pyproject.toml ./
COPY src ./src
RUN --mount=type=cache,target=/root/.cache/pip pip install .

FROM python:3.11-slim
COPY --from=builder /opt/venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH
ARG GREETING=none
LABEL fixture.greeting=$GREETING
CMD ["fixture-service"]
