package dev.dockwright.rules.python;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.lint.Finding;
import dev.dockwright.lint.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecretsInImageTest {

  private final RuleTester tester = RuleTester.of(new SecretsInImage());

  @Test
  void literalSecretsByNameAndByFormat() {
    List<Finding> findings = tester.check("""
        # expect: DW2004 "ARG GITHUB_TOKEN contains a GitHub token"
        ARG GITHUB_TOKEN=ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789
        FROM python:3.12-slim
        # expect: DW2004 "ENV POSTGRES_PASSWORD has a literal secret value"
        ENV POSTGRES_PASSWORD=s3cr3tP4ss
        # expect: DW2004 "openaiApiKey"
        ENV openaiApiKey=abcd1234efgh5678
        # expect: DW2004 "contains credentials in a URL"
        ENV DATABASE_URL=postgres://app:hunter22@db:5432/app
        # expect: DW2004 "a private key"
        LABEL debug.key="-----BEGIN OPENSSH PRIVATE KEY-----\\nb3BlbnNzaC1rZXktdjEAAAAA"
        # expect: DW2004 "COPY .env"
        COPY .env id_rsa.pub ./
        # expect: DW2004 "id_ed25519"
        COPY id_ed25519 /root/.ssh/id_ed25519
        """);
    for (Finding f : findings) {
      assertThat(f.message()).doesNotContain("ghp_aBcD", "s3cr3tP4ss", "abcd1234", "hunter22",
          "b3BlbnNz");
    }
  }

  @Test
  void namesWithAuthOrKeyAndHarmlessValues() {
    tester.checkClean("""
        FROM python:3.12-slim
        ENV KEY_FILE=/run/secrets/x AUTH_ENABLED=true SSH_AUTH_SOCK=/ssh-agent \\
            GPG_KEY=A035C8C19219BA821ECEA86B64E628F8D684696D PUBLIC_KEY=ssh-ed25519 \\
            API_KEY_HEADER=X-Api-Key SECRET_KEY=$SECRET_KEY JWT_SECRET_KEY= \\
            TOKENIZERS_PARALLELISM=false MAX_TOKENS=512 DB_PASSWORD_FILE=/run/secrets/db \\
            AWS_ACCESS_KEY_ID=none TOKEN_EXPIRE_MINUTES=30 PASSWORD=changeme \\
            SLACK_TOKEN="YOUR SLACK TOKEN"
        ARG NPM_TOKEN
        ARG PIP_INDEX_URL=https://pypi.org/simple
        ENV DATABASE_URL=postgres://app:${DB_PASSWORD}@db/app
        COPY .env.example .env.sample ./
        """);
  }

  @Test
  void builderStageEnvIsStillInTheDockerfile() {
    tester.check("""
        FROM python:3.12 AS build
        # expect: DW2004 "written in the Dockerfile"
        ENV PIP_PASSWORD=verysecret123
        FROM python:3.12-slim
        COPY --from=build /app /app
        """);
  }

  @Test
  void documentationExamples() {
    tester.checkDocumentationExamples();
  }
}
