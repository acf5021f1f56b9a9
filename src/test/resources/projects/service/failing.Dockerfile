FROM python:3.11-slim
WORKDIR /app
COPY pyproject.toml ./

# The next instruction fails on purpose; the build must name this line (6).
RUN echo "about to fail" && \
    exit 3
CMD ["python3"]
