package dev.dockwright.verify.image;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.image.Compression;
import dev.dockwright.image.ImageBuilder;
import dev.dockwright.image.ImageSource;
import dev.dockwright.verify.CheckResult;
import dev.dockwright.verify.CheckResult.Status;
import dev.dockwright.verify.spec.ImageSpec;
import dev.dockwright.verify.spec.VerifySpecParser;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every image check against a good image (must pass) and a bad one (must fail, with the reason),
 * both synthetic, so no engine is needed.
 */
class ImageChecksTest {
  @TempDir Path dir;

  static final String GITHUB_TOKEN = "ghp_" + "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8";
  static final String AWS_KEY_ID = "AKIA" + "Q3EGRJ5YV7ZD4N2P";
  static final String PEM = "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA7\n-----END RSA PRIVATE KEY-----\n";

  static final String SPEC = """
      image:
        size: 100kB
        user: "10001"
        ports: {expose: [8000], only: true}
        env: {present: [PYTHONUNBUFFERED], absent: [DEBUG], equals: {PORT: "8000"}}
        healthcheck: {maxInterval: 30s, maxTimeout: 5s, maxStartPeriod: 30s, maxRetries: 3}
        labels: {required: [org.opencontainers.image.source, org.opencontainers.image.version]}
        files:
          - {path: /app, type: dir, mode: "0755", uid: 10001, gid: 10001}
          - {path: /app/main.py, type: file, mode: "0644"}
          - {path: /app/.env, exists: false}
        efficiency: {minScore: 0.9, maxWasted: 10kB, maxUserWasted: 20%}
      """;

  private ImageSpec spec() {
    return VerifySpecParser.parse(SPEC, "dockwright-verify.yaml", dir).image();
  }

  private ImageSource good() throws IOException {
    return ImageSource.oci(new ImageBuilder()
        .layer(Compression.GZIP, "ADD rootfs /", l -> l
            .dir("/etc").file("/etc/passwd", "root:x:0:0::/root:/bin/sh\napp:x:10001:10001::/app:/bin/sh\n")
            .dir("/usr").dir("/usr/bin").file("/usr/bin/python3", "ELF", 0755, 0, 0)
            .dir("/var").dir("/var/lib").dir("/var/lib/apt").dir("/var/lib/apt/lists").file("/var/lib/apt/lists/lock", ""))
        .layer(Compression.ZSTD, "COPY --chown=10001:10001 . /app", l -> l
            .dir("/app", 0755, 10001, 10001)
            .file("/app/main.py", "import os\nprint(os.environ['PORT'])\n", 0644, 10001, 10001)
            .file("/app/settings.py", "SECRET_KEY = os.environ['SECRET_KEY']\nDB_PASSWORD = getenv('DB_PASSWORD')\n", 0644, 10001, 10001)
            .file("/app/.env.example", "SECRET_KEY=changeme\n", 0644, 10001, 10001))
        .env("PYTHONUNBUFFERED=1", "PORT=8000", "GPG_KEY=A035C8C19219BA821ECEA86B64E628F8D684696D", "PIP_NO_CACHE_DIR=1")
        .user("10001")
        .expose("8000/tcp")
        .label("org.opencontainers.image.source", "https://github.com/acme/svc")
        .label("org.opencontainers.image.version", "1.4.2")
        .entrypoint("python", "/app/main.py")
        .healthcheck(List.of("CMD", "python", "-c", "import urllib.request as u; u.urlopen('http://127.0.0.1:8000/health')"),
            Duration.ofSeconds(10), Duration.ofSeconds(3), Duration.ofSeconds(5), 3)
        .writeOciLayout(dir.resolve("good"), "1"));
  }

  private ImageSource bad() throws IOException {
    return ImageSource.dockerArchive(new ImageBuilder()
        .layer(Compression.NONE, "ADD rootfs /", l -> l
            .dir("/etc").file("/etc/passwd", "root:x:0:0::/root:/bin/sh\n")
            .dir("/usr").dir("/usr/bin").file("/usr/bin/gcc-12", "ELF", 0755, 0, 0).symlink("/usr/bin/gcc", "gcc-12")
            .dir("/usr/include").dir("/usr/include/python3.11").file("/usr/include/python3.11/Python.h", "#include")
            .dir("/var/lib/apt/lists").file("/var/lib/apt/lists/deb.debian.org_dists_bookworm_InRelease", "x".repeat(5000)))
        .layer(Compression.GZIP, "RUN |1 GITHUB_TOKEN=" + GITHUB_TOKEN + " /bin/sh -c pip install -r requirements.txt", l -> l
            .dir("/root").dir("/root/.cache").dir("/root/.cache/pip").bigFile("/root/.cache/pip/wheel.whl", 30_000)
            .dir("/root/.ssh").file("/root/.ssh/id_rsa", PEM, 0600, 0, 0))
        .layer(Compression.GZIP, "COPY . /app", l -> l
            .dir("/app").file("/app/main.py", "print(1)\n").bigFile("/app/data.bin", 40_000)
            .file("/app/.env", "DATABASE_URL=postgres://app:s3cr3tPassw0rd@db:5432/app\nAWS_ACCESS_KEY_ID=" + AWS_KEY_ID + "\n"))
        .layer(Compression.ZSTD, "RUN /bin/sh -c chown -R 1000 /app && rm -rf /root/.ssh", l -> l
            .whiteout("/root/.ssh")
            .dir("/app", 0700, 1000, 1000).file("/app/main.py", "print(1)\n", 0644, 1000, 1000).bigFile("/app/data.bin", 40_000))
        .step("ENV DB_PASSWORD=hunter2hunter2")
        .env("DB_PASSWORD=hunter2hunter2", "DEBUG=1", "PORT=80", "SLACK=" + "xoxb-1234567890-abcdefghijkl")
        .expose("80/tcp", "8000/tcp")
        .label("org.opencontainers.image.source", "https://github.com/your-org/your-repo")
        .label("org.opencontainers.image.version", "")
        .label("maintainer", "me@example.com")
        .cmd("/bin/sh", "-c", "python /app/main.py")
        .writeLegacyDockerArchive(dir.resolve("bad.tar"), "bad:1"));
  }

  private static CheckResult one(List<CheckResult> results, String id) {
    List<CheckResult> matching = results.stream().filter(r -> r.id().equals(id)).toList();
    assertThat(matching).as(id).hasSize(1);
    return matching.get(0);
  }

  private static List<CheckResult> all(List<CheckResult> results, String id) {
    return results.stream().filter(r -> r.id().equals(id)).toList();
  }

  @Test
  void goodImagePassesEveryCheckWithMeasuredValues() throws IOException {
    List<CheckResult> results = ImageChecks.run(good(), spec());
    assertThat(results).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(Status.PASS));
    assertThat(results).extracting(CheckResult::id).contains(
        "image.size", "image.user.non-root", "image.user", "image.ports", "image.env", "image.healthcheck",
        "image.labels.required", "image.labels.placeholders", "image.exec-form", "image.file",
        "image.build-tools", "image.secrets.env", "image.secrets.history", "image.secrets.files",
        "image.efficiency");
    assertThat(one(results, "image.size").measured()).matches("\\d+ B uncompressed");
    assertThat(one(results, "image.user.non-root").measured()).isEqualTo("uid 10001");
    assertThat(one(results, "image.healthcheck").measured())
        .endsWith("interval 10s, timeout 3s, start period 5s, retries 3");
    assertThat(one(results, "image.exec-form").measured()).isEqualTo("ENTRYPOINT [\"python\", \"/app/main.py\"]");
    assertThat(one(results, "image.efficiency").measured()).startsWith("score 1.000, 0 B wasted");
    assertThat(one(results, "image.secrets.files").measured()).startsWith("none found in 5 text files, ");
  }

  @Test
  void badImageFailsEachCheckWithTheReason() throws IOException {
    List<CheckResult> results = ImageChecks.run(bad(), spec());

    CheckResult size = one(results, "image.size");
    assertThat(size.status()).isEqualTo(Status.FAIL);
    assertThat(size.expected()).isEqualTo("≤ 100.0 kB uncompressed");
    assertThat(size.detail()).contains("over budget");

    assertThat(one(results, "image.user.non-root")).satisfies(r -> {
      assertThat(r.status()).isEqualTo(Status.FAIL);
      assertThat(r.measured()).isEqualTo("root (no USER set)");
    });
    assertThat(one(results, "image.user").status()).isEqualTo(Status.FAIL);

    assertThat(one(results, "image.ports")).satisfies(r -> {
      assertThat(r.status()).isEqualTo(Status.FAIL);
      assertThat(r.measured()).isEqualTo("80/tcp, 8000/tcp");
      assertThat(r.detail()).isEqualTo("also exposed: 80/tcp");
    });

    List<CheckResult> env = all(results, "image.env");
    assertThat(env).extracting(CheckResult::title, CheckResult::status).containsExactly(
        org.assertj.core.groups.Tuple.tuple("env PYTHONUNBUFFERED is set", Status.FAIL),
        org.assertj.core.groups.Tuple.tuple("env DEBUG is not set", Status.FAIL),
        org.assertj.core.groups.Tuple.tuple("env PORT=8000", Status.FAIL));
    assertThat(env.get(2).measured()).isEqualTo("PORT=80");

    assertThat(one(results, "image.healthcheck")).satisfies(r -> {
      assertThat(r.status()).isEqualTo(Status.FAIL);
      assertThat(r.measured()).isEqualTo("none");
    });

    assertThat(all(results, "image.labels.required")).extracting(CheckResult::status, CheckResult::measured)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Status.PASS, "https://github.com/your-org/your-repo"),
            org.assertj.core.groups.Tuple.tuple(Status.FAIL, "empty"));
    assertThat(one(results, "image.labels.placeholders")).satisfies(r -> {
      assertThat(r.status()).isEqualTo(Status.FAIL);
      assertThat(r.detail()).contains("'your-org'").contains("'example.com'");
    });

    assertThat(one(results, "image.exec-form")).satisfies(r -> {
      assertThat(r.status()).isEqualTo(Status.FAIL);
      assertThat(r.detail()).startsWith("CMD is in shell form");
    });

    List<CheckResult> files = all(results, "image.file");
    assertThat(files).extracting(CheckResult::status).containsExactly(Status.FAIL, Status.PASS, Status.FAIL);
    assertThat(files.get(0).detail()).isEqualTo("mode 0700, owner uid 1000, group gid 1000");
    assertThat(files.get(2).detail()).startsWith("present (from layer 2)");

    assertThat(one(results, "image.build-tools")).satisfies(r -> {
      assertThat(r.status()).isEqualTo(Status.FAIL);
      assertThat(r.detail())
          .contains("compilers /usr/bin/gcc, /usr/bin/gcc-12")
          .contains("C headers in /usr/include")
          .contains("pip cache /root/.cache/pip")
          .contains("apt package lists in /var/lib/apt/lists (1 files");
    });

    assertThat(one(results, "image.secrets.env")).satisfies(r -> {
      assertThat(r.status()).isEqualTo(Status.FAIL);
      assertThat(r.detail()).contains("ENV DB_PASSWORD (secret-named variable with a value)")
          .contains("ENV SLACK (Slack token)");
    });
    assertThat(one(results, "image.secrets.history")).satisfies(r -> {
      assertThat(r.status()).isEqualTo(Status.FAIL);
      assertThat(r.detail()).contains("build arg GITHUB_TOKEN (GitHub token)")
          .contains("ENV DB_PASSWORD (secret-named variable with a value)");
    });
    assertThat(one(results, "image.secrets.files")).satisfies(r -> {
      assertThat(r.status()).isEqualTo(Status.FAIL);
      assertThat(r.detail())
          .contains("/root/.ssh/id_rsa (layer 1, hidden by layer 3 but still shipped in the image): SSH private key file, private key at line 1")
          .contains("/app/.env (layer 2): .env file, credentials in a URL at line 1, AWS access key id at line 2");
    });

    assertThat(one(results, "image.efficiency")).satisfies(r -> {
      assertThat(r.status()).isEqualTo(Status.FAIL);
      assertThat(r.detail()).contains("/app/data.bin 40.0 kB, written in layer 2, overwritten in layer 3 (RUN chown -R 1000 /app && rm -rf /root/.ssh)");
    });
  }

  @Test
  void noReportEverShowsASecretValue() throws IOException {
    List<CheckResult> results = ImageChecks.run(bad(), spec());
    for (CheckResult r : results) {
      String text = r.title() + r.measured() + r.expected() + r.detail();
      assertThat(text).as(r.id()).doesNotContain(GITHUB_TOKEN, AWS_KEY_ID, "hunter2", "s3cr3tPassw0rd",
          "xoxb-1234567890", "MIIEowIBAAKCAQEA7");
    }
  }

  @Test
  void secretScanGivesTheSameAnswerWhenTheImageIsAlreadyOpen() throws IOException {
    ImageSource source = bad();
    List<CheckResult> riding = ImageChecks.run(source, spec());
    try (var image = source.open()) {
      List<CheckResult> separate = ImageChecks.run(image, spec());
      assertThat(separate).isEqualTo(riding);
    }
  }

  @Test
  void fullEngineLessVerifyRunsStructureTestsAfterTheImageChecks() throws IOException {
    java.nio.file.Files.writeString(dir.resolve("cst.yaml"), """
        schemaVersion: 2.0.0
        commandTests: [{name: python runs, command: python3, args: [--version]}]
        fileExistenceTests: [{name: app dir, path: /app, uid: 10001}]
        metadataTest: {exposedPorts: ["8000"], user: "10001"}
        """);
    var spec = VerifySpecParser.parse("image: {efficiency: false}\nstructureTests: [cst.yaml]\n", "spec.yaml", dir);
    List<CheckResult> results = ImageChecks.run(good(), spec);
    assertThat(results).extracting(CheckResult::id).endsWith("cst.command", "cst.file-existence", "cst.metadata");
    assertThat(results).extracting(CheckResult::id).doesNotContain("image.efficiency");
    assertThat(one(results, "cst.command").status()).isEqualTo(Status.SKIP);
    assertThat(one(results, "cst.file-existence").status()).isEqualTo(Status.PASS);
    assertThat(one(results, "cst.metadata").status()).isEqualTo(Status.PASS);
  }
}
