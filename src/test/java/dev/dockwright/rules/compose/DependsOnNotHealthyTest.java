package dev.dockwright.rules.compose;

import dev.dockwright.lint.RuleTester;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DependsOnNotHealthyTest {

  private final RuleTester tester = RuleTester.of(new DependsOnNotHealthy());

  @Test
  void plainAndStartedDependenciesOnAHealthcheckedServiceAreReported() {
    tester.check("""
        services:
          web:
            image: web:1
            depends_on:
              # expect: DW6002 "web waits only for db to start (plain depends_on)"
              - db
              - cache
          worker:
            image: web:1
            depends_on:
              db:
                # expect: DW6002 "condition: service_started"
                condition: service_started
              cache: {}
          db:
            image: postgres:16
            healthcheck:
              test: ["CMD-SHELL", "pg_isready"]
          cache:
            image: redis:7
        """);
  }

  @Test
  void healthyAndCompletedConditionsAndUncheckedServicesAreFine() {
    tester.checkClean("""
        services:
          web:
            image: web:1
            depends_on:
              db:
                condition: service_healthy
              migrate:
                condition: service_completed_successfully
              cache:
                condition: service_started
              missing: {}
          migrate:
            image: web:1
            healthcheck:
              test: ["CMD", "true"]
          db:
            image: postgres:16
            healthcheck:
              test: ["CMD-SHELL", "pg_isready"]
          cache:
            image: redis:7
            healthcheck:
              disable: true
        """);
  }

  @Test
  void aHealthcheckInTheBuiltDockerfileCounts(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("api"));
    Files.writeString(dir.resolve("api/Dockerfile"), """
        FROM python:3.12-slim
        HEALTHCHECK CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://localhost:8000/')"]
        CMD ["python", "-m", "http.server", "8000"]
        """);
    Files.createDirectories(dir.resolve("plain"));
    Files.writeString(dir.resolve("plain/Dockerfile"), "FROM python:3.12-slim\nCMD [\"python\"]\n");
    tester.context(dir).check("""
        services:
          web:
            image: web:1
            depends_on:
              # expect: DW6002 "a HEALTHCHECK in its Dockerfile"
              - api
              - plain
          api:
            build: ./api
          plain:
            build: ./plain
        """);
  }
}
