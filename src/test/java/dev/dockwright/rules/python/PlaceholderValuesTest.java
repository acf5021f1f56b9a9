package dev.dockwright.rules.python;

import dev.dockwright.lint.RuleTester;
import org.junit.jupiter.api.Test;

class PlaceholderValuesTest {

  private final RuleTester tester = RuleTester.of(new PlaceholderValues());

  @Test
  void templateValuesThatShip() {
    tester.check("""
        FROM python:3.12-slim AS base
        # expect: DW2003 "example.com"
        LABEL maintainer="Jane <you@example.com>"
        FROM base
        # expect: DW2003 "your-username"
        LABEL org.opencontainers.image.source=https://github.com/your-username/app \\
        # expect: DW2003 "TODO"
              org.opencontainers.image.description="TODO"
        # expect: DW2003 "changeme"
        ENV ADMIN_PASSWORD=changeme
        # expect: DW2003 "<your-domain>"
        ENV ALLOWED_HOSTS=<your-domain>
        # expect: DW2003 "YOUR SLACK TOKEN"
        ENV SLACK_TOKEN="YOUR SLACK TOKEN"
        """);
  }

  @Test
  void realValuesAndBuilderStages() {
    tester.checkClean("""
        FROM python:3.12 AS build
        LABEL stage=TODO
        ENV API_URL=https://api.example.com
        FROM python:3.12-slim
        LABEL org.opencontainers.image.description="A todo list service to track your tasks" \\
              org.opencontainers.image.source=https://github.com/acme/todo \\
              maintainer="ops@acme.io"
        ENV YOUR_APP_MODE=production EXAMPLES_DIR=/app/examples GREETING="Your order is ready"
        """);
  }

  @Test
  void documentationExamples() {
    tester.checkDocumentationExamples();
  }
}
