package dev.dockwright.verify.image;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.image.Compression;
import dev.dockwright.image.ImageBuilder;
import dev.dockwright.image.ImageSource;
import dev.dockwright.lint.Finding;
import dev.dockwright.lint.RuleTester;
import dev.dockwright.rules.compose.ComposeSecretInEnvironment;
import dev.dockwright.rules.python.SecretsInImage;
import dev.dockwright.secrets.SecretKind;
import dev.dockwright.verify.CheckResult;
import dev.dockwright.verify.CheckResult.Status;
import dev.dockwright.verify.spec.ImageSpec;
import dev.dockwright.verify.spec.VerifySpecParser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Lint (DW2004 on a Dockerfile's ENV, DW6003 on a Compose environment) and verify (the built
 * image's env and files) recognise the same secrets, because all ask {@code dev.dockwright.secrets}:
 * the same shapes, and the same verdict on a secret-sounding name with a literal value. No report
 * shows the value.
 */
class SecretsSameInLintAndVerifyTest {
  @TempDir Path dir;

  /**
   * The same NAME=value gives the same verdict in DW2004, DW6003 and verify's env check. The rows
   * are pairs on which they disagreed while lint and verify kept their own word lists.
   */
  @ParameterizedTest(name = "{0}={1} -> {2}")
  @CsvSource(delimiter = '|', value = {
      // verify did not count these (a default password was a "placeholder" to it)
      "MYSQL_PASSWORD|password|true",
      "RCON_PASSWORD|pa$$w0rd|true",
      // verify reported these (any *_KEY, auth anywhere, fill-ins that were not its placeholders)
      "SOME_KEY|SOME_VAL|false",
      "DefaultProcess__Filters__0__Key|ProcessId|false",
      "SLACK_TOKEN|YOUR SLACK TOKEN|false",
      "AUTH_DOMAIN|acme.eu.auth0.com|false",
      "SENTRY_DSN|https://abc123@o1.ingest.sentry.io/1|false",
      "API_KEY_ID|abcdef123456|false",
      // lint did not count these (a pat, auth as the last word)
      "GITHUB_PAT|abcdEFGH1234ijkl|true",
      "NEO4J_AUTH|neo4j/s3cr3t-pass|true",
      // neither did (a word before the secret word said whose it is, not that it is none)
      "EMAIL_HOST_PASSWORD|mail-s3cr3t|true",
      // both agreed before and must still
      "DJANGO_SECRET_KEY|k3y-for-real-0123|true",
      "SECRET_KEY|changeme|false",
      "GPG_KEY|A035C8C19219BA821ECEA86B64E628F8D684696D|false",
      "TOKEN_TTL|3600|false",
      "DB_PASSWORD_FILE|/run/secrets/db|false"})
  void sameVerdictForANamedValue(String name, String value, boolean secret) throws IOException {
    List<Finding> dw2004 = RuleTester.of(new SecretsInImage())
        .lint("FROM python:3.12-slim\nENV " + name + "=\"" + value.replace("$", "\\$") + "\"\n").findings();
    List<Finding> dw6003 = RuleTester.of(new ComposeSecretInEnvironment())
        .lint("services:\n  app:\n    image: app:1\n    environment:\n      " + name + ": \""
            + value.replace("$", "$$") + "\"\n").findings();
    ImageSource image = ImageSource.oci(new ImageBuilder()
        .layer(Compression.GZIP, "COPY app /app/", l -> l.dir("/app"))
        .env(name + "=" + value)
        .writeOciLayout(dir.resolve("image"), "1"));
    CheckResult verify = ImageChecks.run(image, spec()).stream()
        .filter(r -> r.id().equals(SecretsCheck.ENV)).findFirst().orElseThrow();

    assertThat(dw2004).as("DW2004").hasSize(secret ? 1 : 0);
    assertThat(dw6003).as("DW6003").hasSize(secret ? 1 : 0);
    assertThat(verify.status()).as("verify " + SecretsCheck.ENV).isEqualTo(secret ? Status.FAIL : Status.PASS);
    if (secret) {
      assertThat(dw2004.get(0).message()).contains("ENV " + name + " has a literal secret value");
      assertThat(dw6003.get(0).message()).contains(name + " is set to a literal value");
      assertThat(verify.detail()).contains("ENV " + name + " (" + SecretKind.SECRET_NAMED_VALUE.label() + ")");
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      // only verify knew these
      "SLACK_WEBHOOK, https://hooks.slack.com/services/T0123ABCD/B0123ABCD/abcdefghijklmnopqrstuvwx",
      "AWS_ACCESS_KEY_ID, ABIAQ3EGRJ5YV7ZD4N2P",
      // only lint knew these
      "GITLAB_TOKEN, glpat-Ab1Cd2Ef3Gh4Ij5Kl6Mn",
      "NPM_TOKEN, npm_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8",
      "ANTHROPIC_KEY, sk-ant-api03-a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8",
      "JWT, eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U"})
  void bothFindTheShape(SecretKind kind, String value) throws IOException {
    List<Finding> lint = RuleTester.of(new SecretsInImage())
        .lint("FROM python:3.12-slim\nENV NOTE=" + value + "\n").findings();
    assertThat(lint).extracting(Finding::message)
        .singleElement().asString().contains("ENV NOTE contains " + kind.inSentence() + " (value not shown)")
        .doesNotContain(value);

    ImageSource image = ImageSource.oci(new ImageBuilder()
        .layer(Compression.GZIP, "COPY settings.yaml /app/", l -> l
            .dir("/app").file("/app/settings.yaml", "note: " + value + "\n"))
        .env("NOTE=" + value)
        .writeOciLayout(dir.resolve("image"), "1"));
    List<CheckResult> verify = ImageChecks.run(image, spec());
    assertThat(verify).filteredOn(r -> r.id().equals(SecretsCheck.ENV)).singleElement().satisfies(r -> {
      assertThat(r.status()).isEqualTo(Status.FAIL);
      assertThat(r.detail()).contains("ENV NOTE (" + kind.label() + ")");
    });
    assertThat(verify).filteredOn(r -> r.id().equals(SecretsCheck.FILES)).singleElement().satisfies(r -> {
      assertThat(r.status()).isEqualTo(Status.FAIL);
      assertThat(r.detail()).contains("/app/settings.yaml (layer 0): " + kind.label() + " at line 1");
    });
    for (CheckResult r : verify) {
      assertThat(r.title() + r.measured() + r.expected() + r.detail()).as(r.id()).doesNotContain(value);
    }
  }

  private ImageSpec spec() {
    return VerifySpecParser.parse("image:\n  size: 1GB\n", "dockwright-verify.yaml", dir).image();
  }
}
