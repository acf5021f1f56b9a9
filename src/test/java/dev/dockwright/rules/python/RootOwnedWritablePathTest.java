package dev.dockwright.rules.python;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.lint.RuleTester;
import org.junit.jupiter.api.Test;

class RootOwnedWritablePathTest {

  private final RuleTester tester = RuleTester.of(new RootOwnedWritablePath());

  @Test
  void rootOwnedDirectoriesTheServiceWrites() {
    tester.check("""
        FROM python:3.12-slim
        RUN useradd -m -u 10001 app
        WORKDIR /app
        # expect: DW2006 "/app/logs is created for the service to write"
        RUN mkdir -p /app/logs /app/static
        COPY . .
        # expect: DW2006 "VOLUME for the service's data"
        VOLUME /app/data
        # expect: DW2006 "HF_HOME"
        ENV HF_HOME=/app/.cache/huggingface
        USER app
        CMD ["python", "serve.py"]
        """);
  }

  @Test
  void ownershipHandedToTheUser() {
    tester.checkClean("""
        FROM python:3.12-slim
        RUN useradd -m app && mkdir -p /app/data /app/logs && chown -R app:app /app
        WORKDIR /app
        COPY --chown=app:app . .
        ENV HF_HOME=/home/app/.cache XDG_CACHE_HOME=/tmp/cache
        VOLUME /app/data
        USER app
        RUN mkdir /app/data/uploads
        """);
    tester.checkClean("""
        FROM python:3.12-slim
        RUN mkdir -m 777 /uploads && mkdir /media && chmod 1777 /media
        USER 1000
        """);
    tester.checkClean("""
        FROM python:3.12-slim
        ARG APP_USER=app
        RUN useradd $APP_USER && mkdir /data && chown $APP_USER /data
        USER $APP_USER
        """);
  }

  @Test
  void configurationAndSystemVolumesAreNotWrittenByTheService() {
    tester.checkClean("""
        FROM alpine:3.20
        RUN apk add --no-cache tor && mkdir /etc/tor/conf.d
        USER tor
        VOLUME /etc/tor /config /usr/local/bin
        """);
  }

  @Test
  void rootUserOrUnknownOwnersAreLeftAlone() {
    tester.checkClean("""
        FROM python:3.12-slim
        RUN mkdir /data
        VOLUME /data
        """);
    tester.checkClean("""
        FROM python:3.12-slim
        ENV HF_HOME=/data/.cache
        USER 1000
        """);
  }

  @Test
  void builderStagesDoNotCount() {
    tester.checkClean("""
        FROM python:3.12 AS build
        RUN mkdir /build/output
        USER nobody
        FROM python:3.12-slim
        COPY --from=build /build/output /out
        """);
  }

  @Test
  void modes() {
    assertThat(RootOwnedWritablePath.worldWritable("777")).isTrue();
    assertThat(RootOwnedWritablePath.worldWritable("1777")).isTrue();
    assertThat(RootOwnedWritablePath.worldWritable("755")).isFalse();
    assertThat(RootOwnedWritablePath.worldWritable("o+w")).isTrue();
    assertThat(RootOwnedWritablePath.worldWritable("a+rwX")).isTrue();
    assertThat(RootOwnedWritablePath.worldWritable("g+w")).isFalse();
    assertThat(RootOwnedWritablePath.worldWritable("+x")).isFalse();
  }

  @Test
  void documentationExamples() {
    tester.checkDocumentationExamples();
  }
}
