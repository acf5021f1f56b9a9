package dev.dockwright.rules.python;

import dev.dockwright.lint.RuleTester;
import org.junit.jupiter.api.Test;

class HealthcheckToolMissingTest {

  private final RuleTester tester = RuleTester.of(new HealthcheckToolMissing());

  @Test
  void curlOnSlimAndAlpineIsMissing() {
    tester.check("""
        FROM python:3.12-slim
        # expect: DW4001 "curl"
        HEALTHCHECK CMD curl -f http://localhost:8000/health || exit 1
        """);
    tester.check("""
        FROM python:3.12-alpine
        # expect: DW4001 "curl"
        HEALTHCHECK --interval=10s CMD ["curl", "-f", "http://localhost:8000/"]
        """);
    tester.check("""
        FROM python:3.12-slim AS base
        HEALTHCHECK CMD wget -qO- http://localhost:8000/ || exit 1
        FROM base
        # the inherited check is judged in the final stage, at its own line
        RUN true
        """.replace("HEALTHCHECK CMD wget", "# expect: DW4001 \"wget\"\nHEALTHCHECK CMD wget"));
  }

  @Test
  void installedCopiedOrBundledToolsAreFine() {
    tester.checkClean("""
        FROM python:3.12-slim
        RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
        HEALTHCHECK CMD curl -f http://localhost:8000/health || exit 1
        """);
    tester.checkClean("""
        FROM python:3.12-alpine
        HEALTHCHECK CMD wget -qO- http://localhost:8000/ || exit 1
        """);
    tester.checkClean("""
        FROM python:3.12
        HEALTHCHECK CMD curl -f http://localhost:8000/ || exit 1
        """);
    tester.checkClean("""
        FROM python:3.12-slim
        COPY --from=curlimages/curl:8.5.0 /usr/bin/curl /usr/local/bin/curl
        HEALTHCHECK CMD curl -f http://localhost:8000/ || exit 1
        """);
    tester.checkClean("""
        FROM mycorp/python:3.12
        HEALTHCHECK CMD curl -f http://localhost:8000/ || exit 1
        """);
  }
}
