package dev.dockwright.rules.compose;

import dev.dockwright.lint.RuleTester;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComposeHealthcheckToolMissingTest {

  @TempDir Path dir;
  private RuleTester tester;

  @BeforeEach
  void project() throws Exception {
    write("slim/Dockerfile", "FROM python:3.12-slim\nCMD [\"python\", \"app.py\"]\n");
    write("withcurl/Dockerfile", """
        FROM python:3.12-slim
        RUN apt-get update && apt-get install -y --no-install-recommends curl \\
            && rm -rf /var/lib/apt/lists/*
        """);
    write("multi/Dockerfile", """
        FROM python:3.12 AS build
        RUN pip wheel -w /wheels requests
        FROM python:3.12-slim AS runtime
        COPY --from=build /wheels /wheels
        FROM python:3.12 AS debug
        """);
    write("alpine/Dockerfile", "FROM python:3.12-alpine\n");
    write("custom/Dockerfile", "FROM ghcr.io/example/base:1\n");
    tester = RuleTester.of(new ComposeHealthcheckToolMissing()).context(dir);
  }

  private void write(String path, String text) throws Exception {
    Path file = dir.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  @Test
  void toolsTheImageLacksAreReported() {
    tester.check("""
        services:
          exec:
            build: ./slim
            healthcheck:
              # expect: DW6006 "(from python:3.12-slim"
              test: ["CMD", "curl", "-f", "http://localhost:8000/"]
          shell:
            build: ./slim
            healthcheck:
              # expect: DW6006 "wget"
              test: ["CMD-SHELL", "wget -q -O- http://localhost:8000/ || exit 1"]
          string:
            build: ./alpine
            healthcheck:
              # expect: DW6006 "curl"
              test: curl -fsS localhost:8000 && echo ok
          target:
            build:
              context: ./multi
              target: runtime
            healthcheck:
              # expect: DW6006
              test: ["CMD", "/usr/bin/curl", "-f", "localhost"]
          image:
            image: python:3.12-slim-bookworm
            healthcheck:
              # expect: DW6006 "python:3.12-slim-bookworm does not include it"
              test: ["CMD", "curl", "-f", "localhost"]
        """);
  }

  @Test
  void toolsThatAreThereOrUnknownAreNot() {
    tester.checkClean("""
        services:
          installed:
            build: ./withcurl
            healthcheck:
              test: ["CMD", "curl", "-f", "http://localhost:8000/"]
          busybox-wget:
            build: ./alpine
            healthcheck:
              test: ["CMD", "wget", "-q", "-O-", "localhost"]
          full-image:
            build:
              context: ./multi
              target: debug
            healthcheck:
              test: ["CMD", "curl", "-f", "localhost"]
          unknown-base:
            build: ./custom
            healthcheck:
              test: ["CMD", "curl", "-f", "localhost"]
          missing-dockerfile:
            build: ./nowhere
            healthcheck:
              test: ["CMD", "curl", "-f", "localhost"]
          python-probe:
            build: ./slim
            healthcheck:
              test: ["CMD", "python", "-c", "import urllib.request as u; u.urlopen('http://localhost:8000')"]
          disabled:
            build: ./slim
            healthcheck:
              disable: true
              test: ["CMD", "curl", "-f", "localhost"]
          vendor-image:
            image: postgres:16
            healthcheck:
              test: ["CMD-SHELL", "pg_isready -U postgres"]
        """);
  }
}
