package dev.dockwright.rules.python;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.lint.RuleTester;
import org.junit.jupiter.api.Test;

class HealthcheckMissingTest {

  private final RuleTester tester = RuleTester.of(new HealthcheckMissing());

  @Test
  void serverOrExposedPortWithoutHealthcheck() {
    tester.check("""
        FROM python:3.12-slim
        # expect: DW4002 "starts uvicorn"
        CMD ["uvicorn", "app:app", "--host", "0.0.0.0"]
        """);
    tester.check("""
        FROM debian:12
        # expect: DW4002 "EXPOSEs 8080"
        EXPOSE 8080
        CMD ["/usr/local/bin/server"]
        """);
  }

  @Test
  void healthcheckHereInherittedOrSwitchedOff() {
    tester.checkClean("""
        FROM python:3.12-slim AS base
        HEALTHCHECK CMD python -c "import urllib.request as u; u.urlopen('http://127.0.0.1:8000/')"
        FROM base
        EXPOSE 8000
        CMD ["uvicorn", "app:app", "--host", "0.0.0.0"]
        """);
    tester.checkClean("""
        FROM python:3.12-slim
        EXPOSE 8000
        HEALTHCHECK NONE
        CMD ["uvicorn", "app:app", "--host", "0.0.0.0"]
        """);
  }

  @Test
  void basesWeDoNotDescribeMayHaveTheirOwn() {
    tester.checkClean("""
        FROM quay.io/jupyter/scipy-notebook
        EXPOSE 4040
        """);
  }

  @Test
  void builderStagesAndNonServers() {
    tester.checkClean("""
        FROM python:3.12 AS build
        EXPOSE 8000
        CMD ["uvicorn", "app:app"]
        FROM python:3.12-slim
        COPY --from=build /app /app
        CMD ["python", "/app/job.py"]
        """);
  }

  @Test
  void fixProbesThePortWithPython() {
    String fixed = tester.applyFixes("""
        FROM python:3.12-slim
        EXPOSE 8000
        CMD ["gunicorn", "--bind", "0.0.0.0:9000", "app:app"]
        """);
    assertThat(fixed).isEqualTo("""
        FROM python:3.12-slim
        EXPOSE 8000
        HEALTHCHECK --interval=30s --timeout=5s --start-period=10s CMD ["python", "-c", "import socket; socket.create_connection(('127.0.0.1', 9000), timeout=3).close()"]
        CMD ["gunicorn", "--bind", "0.0.0.0:9000", "app:app"]
        """);
    tester.checkClean(fixed);
  }

  @Test
  void documentationExamples() {
    tester.checkDocumentationExamples();
  }
}
