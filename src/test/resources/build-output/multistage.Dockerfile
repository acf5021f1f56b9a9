ARG BASE=python:3.11-slim
FROM $BASE AS builder
ENV A=1
WORKDIR /src
RUN echo hello && sleep 1
COPY Dockerfile .

FROM python:3.11-slim
LABEL x=y
COPY --from=builder /src/Dockerfile /x
RUN echo "step" && exit 3
CMD ["python3"]
