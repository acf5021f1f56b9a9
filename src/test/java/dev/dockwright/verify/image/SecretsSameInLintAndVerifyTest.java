package dev.dockwright.verify.image;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.image.Compression;
import dev.dockwright.image.ImageBuilder;
import dev.dockwright.image.ImageSource;
import dev.dockwright.lint.Finding;
import dev.dockwright.lint.RuleTester;
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
 * Lint (DW2004 on a Dockerfile's ENV) and verify (the built image's env and files) recognise the
 * same secret shapes, because both ask {@code dev.dockwright.secrets}. The rows are shapes only
 * one side knew before they shared it. The variable's name says nothing, so only the value's
 * shape can be what is found; no report shows the value.
 */
class SecretsSameInLintAndVerifyTest {
  @TempDir Path dir;

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
