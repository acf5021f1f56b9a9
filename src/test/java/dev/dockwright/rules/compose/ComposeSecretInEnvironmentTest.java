package dev.dockwright.rules.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.lint.Finding;
import dev.dockwright.lint.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComposeSecretInEnvironmentTest {

  private final RuleTester tester = RuleTester.of(new ComposeSecretInEnvironment());

  @Test
  void literalSecretsAreReportedWithoutTheirValue() {
    List<Finding> findings = tester.check("""
        services:
          db:
            image: postgres:16
            environment:
              POSTGRES_USER: app
              # expect: DW6003 "POSTGRES_PASSWORD is set to a literal value"
              POSTGRES_PASSWORD: hunter2-but-longer
          api:
            image: api:1
            environment:
              # expect: DW6003 "DJANGO_SECRET_KEY"
              - DJANGO_SECRET_KEY=k3y-for-real
              # expect: DW6003 "credentials in a URL"
              - DATABASE_URL=postgres://app:pa55word@db:5432/app
              # expect: DW6003 "GitHub token"
              - DEPLOY=ghp_abcdefghijklmnopqrstuvwxyzABCDEFGHIJ
              # expect: DW6003 "API_TOKEN"
              - API_TOKEN=${API_TOKEN:-fallback-token-value}
        """);
    assertThat(findings).allSatisfy(f -> assertThat(f.message())
        .doesNotContain("hunter2").doesNotContain("k3y-for-real").doesNotContain("pa55word")
        .doesNotContain("ghp_").doesNotContain("fallback-token").contains("redacted"));
    assertThat(findings.get(1).range().start().column()).isEqualTo(27); // the value, after '='
  }

  @Test
  void referencesPlaceholdersAndHarmlessNamesAreNot() {
    tester.checkClean("""
        services:
          db:
            image: postgres:16
            environment:
              POSTGRES_PASSWORD: ${POSTGRES_PASSWORD}
              POSTGRES_PASSWORD_FILE: /run/secrets/db_password
              REDIS_PASSWORD: ${REDIS_PASSWORD:?set it in .env}
              SECRET_KEY: changeme
              API_TOKEN:
              TOKEN_TTL: "3600"
              AUTH_ENABLED: "true"
              PUBLIC_KEY_PATH: /etc/keys/pub.pem
            secrets: [db_password]
        secrets:
          db_password:
            file: ./db_password.txt
        """);
  }

  @Test
  void aValueMergedIntoSeveralServicesIsReportedOnce() {
    tester.check("""
        x-env: &env
          # expect: DW6003
          API_SECRET: k9-Fq2-zz81-real
        services:
          a:
            image: a:1
            environment: *env
          b:
            image: b:1
            environment: *env
        """);
  }
}
