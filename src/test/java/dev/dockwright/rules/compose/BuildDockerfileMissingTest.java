package dev.dockwright.rules.compose;

import dev.dockwright.lint.RuleTester;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildDockerfileMissingTest {

  @TempDir Path dir;
  private RuleTester tester;

  @BeforeEach
  void project() throws Exception {
    Files.createDirectories(dir.resolve("api/docker"));
    Files.writeString(dir.resolve("api/Dockerfile"), "FROM python:3.12-slim\n");
    Files.writeString(dir.resolve("api/docker/Dockerfile.prod"), "FROM python:3.12-slim\n");
    Files.createDirectories(dir.resolve("podman"));
    Files.writeString(dir.resolve("podman/Containerfile"), "FROM python:3.12-slim\n");
    Files.writeString(dir.resolve("Dockerfile.root"), "FROM python:3.12-slim\n");
    Files.writeString(dir.resolve(".env"), "API_DIR=./api\n");
    tester = RuleTester.of(new BuildDockerfileMissing()).context(dir);
  }

  @Test
  void missingContextsAndDockerfilesAreReported() {
    tester.check("""
        services:
          worker:
            # expect: DW6005 "the build context ./worker does not exist"
            build: ./worker
          api:
            build:
              context: ./api
              # expect: DW6005 "the Dockerfile ./api/api/Dockerfile does not exist"
              dockerfile: ./api/Dockerfile
          jobs:
            build:
              # expect: DW6005 "./jobs"
              context: ${JOBS_DIR:-./jobs}
        """);
  }

  @Test
  void existingRemoteInlineAndUnknownBuildsAreNot() {
    tester.checkClean("""
        services:
          api:
            build: ./api
          prod:
            build:
              context: api
              dockerfile: docker/Dockerfile.prod
          root:
            build:
              dockerfile: Dockerfile.root
          podman:
            build: ./podman
          env:
            build: ${API_DIR}
          unknown:
            build: ${SOMEWHERE}
          remote:
            build: https://github.com/example/app.git#main:docker
          git:
            build: git@github.com:example/app.git
          inline:
            build:
              context: .
              dockerfile_inline: |
                FROM alpine
          image-only:
            image: nginx:1.27
        """);
  }

  @Test
  void withoutADirectoryNothingCanBeResolved() {
    RuleTester.of(new BuildDockerfileMissing()).checkClean("services:\n  a:\n    build: ./nowhere\n");
  }
}
