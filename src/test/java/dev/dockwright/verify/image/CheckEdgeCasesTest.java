package dev.dockwright.verify.image;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.image.Compression;
import dev.dockwright.image.ImageBuilder;
import dev.dockwright.image.ImageSource;
import dev.dockwright.verify.CheckResult;
import dev.dockwright.verify.CheckResult.Status;
import dev.dockwright.verify.spec.VerifySpecParser;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The less common paths of each check: compressed sizes, user resolution, timing limits. */
class CheckEdgeCasesTest {
  @TempDir Path dir;
  private int n;

  private List<CheckResult> run(String specYaml, Consumer<ImageBuilder> image, boolean legacy) throws IOException {
    ImageBuilder b = new ImageBuilder();
    image.accept(b);
    Path p = dir.resolve("img" + n++);
    ImageSource source = legacy
        ? ImageSource.dockerArchive(b.writeLegacyDockerArchive(p, "t:1"))
        : ImageSource.oci(b.writeOciLayout(p, "1"));
    return ImageChecks.run(source, VerifySpecParser.parse(specYaml, "spec.yaml", dir).image());
  }

  private static CheckResult one(List<CheckResult> results, String id) {
    return results.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError(id));
  }

  private static final Consumer<ImageBuilder> PASSWD = b -> b.layer(Compression.GZIP, "base", l -> l.dir("/etc")
      .file("/etc/passwd", "root:x:0:0::/root:/bin/sh\ntoor:x:0:0::/root:/bin/sh\napp:x:1000:1000::/app:/bin/sh\n")
      .bigFile("/data", 200_000));

  @Test
  void compressedSizeUsesStoredBlobsOrEstimatesForPlainLayers() throws IOException {
    String spec = "image: {size: {max: 50kB, measure: compressed}}";
    CheckResult stored = one(run(spec, PASSWD, false), "image.size");
    assertThat(stored.status()).isEqualTo(Status.PASS); // 200 kB of text gzips to well under 50 kB
    assertThat(stored.measured()).endsWith(" compressed");

    Consumer<ImageBuilder> plain = b -> b.layer(Compression.NONE, "base", l -> l.bigFile("/data", 200_000));
    CheckResult estimated = one(run(spec, plain, true), "image.size");
    assertThat(estimated.status()).isEqualTo(Status.PASS);
    assertThat(estimated.measured()).endsWith(" compressed (estimated)");

    CheckResult tooSmall = one(run("image: {size: {max: 100B, measure: compressed}}", plain, true), "image.size");
    assertThat(tooSmall.status()).isEqualTo(Status.FAIL);
    assertThat(tooSmall.detail()).contains("estimated: layers are stored uncompressed");

    CheckResult uncompressed = one(run("image: {size: 100kB}", PASSWD, false), "image.size");
    assertThat(uncompressed.status()).isEqualTo(Status.FAIL);
    assertThat(uncompressed.measured()).startsWith("200.1 kB uncompressed");
  }

  @Test
  void userNamesAreResolvedAgainstTheImagesPasswd() throws IOException {
    assertThat(one(run("", PASSWD.andThen(b -> b.user("app")), false), "image.user.non-root"))
        .satisfies(r -> {
          assertThat(r.status()).isEqualTo(Status.PASS);
          assertThat(r.measured()).isEqualTo("app (uid 1000)");
        });
    assertThat(one(run("", PASSWD.andThen(b -> b.user("toor")), false), "image.user.non-root").status())
        .isEqualTo(Status.FAIL);
    assertThat(one(run("", PASSWD.andThen(b -> b.user("0:1000")), false), "image.user.non-root").status())
        .isEqualTo(Status.FAIL);
    assertThat(one(run("", PASSWD.andThen(b -> b.user("ghost")), false), "image.user.non-root"))
        .satisfies(r -> {
          assertThat(r.status()).isEqualTo(Status.FAIL);
          assertThat(r.detail()).contains("not in the image's /etc/passwd: the container will not start");
        });
    assertThat(one(run("image: {user: \"1000\"}", PASSWD.andThen(b -> b.user("app")), false), "image.user").status())
        .isEqualTo(Status.PASS);
  }

  @Test
  void healthcheckTimingLimitsUseDockerDefaultsForUnsetFields() throws IOException {
    Consumer<ImageBuilder> unsetTiming = PASSWD.andThen(b -> b.healthcheck(List.of("CMD-SHELL", "curl -f localhost"),
        Duration.ZERO, Duration.ZERO, Duration.ZERO, 0));
    CheckResult r = one(run("image: {healthcheck: {maxInterval: 10s, maxRetries: 3}}", unsetTiming, false), "image.healthcheck");
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.detail()).isEqualTo("interval 30s > 10s");
    assertThat(r.measured()).isEqualTo("CMD-SHELL curl -f localhost; interval 30s, timeout 30s, start period 0ms, retries 3");

    Consumer<ImageBuilder> none = PASSWD.andThen(b -> b.healthcheck(List.of("NONE"), Duration.ZERO, Duration.ZERO, Duration.ZERO, 0));
    assertThat(one(run("", none, false), "image.healthcheck").measured()).isEqualTo("HEALTHCHECK NONE");
    assertThat(run("image: {healthcheck: false}", none, false)).noneMatch(x -> x.id().equals("image.healthcheck"));
  }

  @Test
  void execFormLooksAtEntrypointAndCmdTogether() throws IOException {
    assertThat(one(run("", PASSWD.andThen(b -> b.entrypoint("/bin/sh", "-c", "exec gunicorn app")), false), "image.exec-form"))
        .satisfies(r -> assertThat(r.detail()).startsWith("ENTRYPOINT is in shell form"));
    assertThat(one(run("", PASSWD.andThen(b -> b.entrypoint("tini", "--").cmd("gunicorn", "app:app")), false),
        "image.exec-form").status()).isEqualTo(Status.PASS);
    assertThat(one(run("", PASSWD.andThen(b -> b.entrypoint("/docker-entrypoint.sh").cmd("/bin/bash", "-o", "pipefail", "-c", "gunicorn")),
        false), "image.exec-form").status()).isEqualTo(Status.FAIL);
    assertThat(one(run("", PASSWD, false), "image.exec-form").measured()).isEqualTo("no ENTRYPOINT or CMD");
  }

  @Test
  void placeholderCheckCanIgnoreLabelsFromTheBaseImage() throws IOException {
    Consumer<ImageBuilder> labelled = PASSWD.andThen(b -> b.label("maintainer", "TODO").label("org.opencontainers.image.title", "svc"));
    assertThat(one(run("", labelled, false), "image.labels.placeholders").status()).isEqualTo(Status.FAIL);
    assertThat(one(run("image: {labels: {ignore: [maintainer]}}", labelled, false), "image.labels.placeholders").status())
        .isEqualTo(Status.PASS);
  }

  @Test
  void placeholdersAreTemplateLeftoversNotEmailAddresses() throws IOException {
    Consumer<ImageBuilder> real = PASSWD.andThen(b -> b.label("maintainer", "Jane Doe <jane@acme.io>")
        .label("org.opencontainers.image.version", "1.2.3"));
    assertThat(one(run("", real, false), "image.labels.placeholders").status()).isEqualTo(Status.PASS);
    Consumer<ImageBuilder> template = PASSWD.andThen(b -> b.label("org.opencontainers.image.authors", "<your name>")
        .label("org.opencontainers.image.version", "${VERSION}"));
    assertThat(one(run("", template, false), "image.labels.placeholders")).satisfies(r -> {
      assertThat(r.status()).isEqualTo(Status.FAIL);
      assertThat(r.detail()).contains("('<your name>')").contains("('${VERSION}')");
    });
  }

  @Test
  void secretIgnoreGlobsAndSizeCapAreHonoured() throws IOException {
    Consumer<ImageBuilder> keyInDocs = PASSWD.andThen(b -> b.layer(Compression.GZIP, "docs", l -> l
        .dir("/usr/share/doc/pkg").file("/usr/share/doc/pkg/example.pem", "-----BEGIN PRIVATE KEY-----\n")));
    assertThat(one(run("", keyInDocs, false), "image.secrets.files").status()).isEqualTo(Status.FAIL);
    assertThat(one(run("image: {secrets: {ignore: [\"/usr/share/doc/**\"]}}", keyInDocs, false), "image.secrets.files").status())
        .isEqualTo(Status.PASS);
    assertThat(one(run("image: {secrets: {maxFileSize: 10B}}", keyInDocs, false), "image.secrets.files").status())
        .isEqualTo(Status.PASS);
  }
}
