package dev.dockwright.image;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.verify.CheckResult;
import dev.dockwright.verify.CheckResult.Status;
import dev.dockwright.verify.image.ImageChecks;
import dev.dockwright.verify.spec.VerifySpecParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reads images that a real engine saved: the local Python base image, and one built here with a
 * deleted file, a chown, a secret build arg and a shell-form CMD, so every reader path that synthetic
 * fixtures cover is also checked against what Docker actually writes.
 */
class RealImageTest {
  @TempDir Path dir;

  @BeforeEach
  void engine() {
    LocalEngine.assume();
  }

  @Test
  void readsTheSavedBaseImageAndAgreesWithTheEngineOnSize() throws Exception {
    Path tar = dir.resolve("base.tar");
    LocalEngine.docker("save", LocalEngine.BASE_IMAGE, "-o", tar.toString());
    long engineSize = Long.parseLong(LocalEngine.docker("image", "inspect", LocalEngine.BASE_IMAGE, "--format", "{{.Size}}"));
    try (Image image = Image.open(ImageSource.parse("docker-archive:" + tar + ":" + LocalEngine.BASE_IMAGE))) {
      assertThat(image.uncompressedBytes()).isEqualTo(engineSize);
      assertThat(image.config().cmd()).isNotEmpty();
      assertThat(image.config().envMap()).containsKey("PATH");
      assertThat(image.filesystem().resolve("/usr/local/bin/python").map(n -> n.type())).contains(EntryType.FILE);
      assertThat(image.readFile("/etc/passwd", 1 << 16).map(b -> new String(b, java.nio.charset.StandardCharsets.UTF_8)))
          .get().asString().contains("root:x:0:0");
      assertThat(image.filesystem().nodes().size()).isGreaterThan(1000);
    }
  }

  @Test
  void checksAnImageBuiltHereWithWhiteoutsSecretsAndShellForm() throws Exception {
    Path ctx = Files.createDirectories(dir.resolve("ctx/app"));
    Files.writeString(ctx.resolve("main.py"), "print('hi')\n");
    String token = "ghp_" + "Z1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R9";
    Files.writeString(dir.resolve("ctx/Dockerfile"), """
        FROM python:3.11-slim
        ARG GITHUB_TOKEN
        RUN mkdir -p /junk && head -c 300000 /dev/urandom > /junk/blob && test -n "$GITHUB_TOKEN"
        COPY app /app
        RUN rm -rf /junk && useradd -u 10001 -m app && chown -R app /app
        USER app
        EXPOSE 8000
        HEALTHCHECK --interval=10s --timeout=3s CMD ["python3", "-c", "print(1)"]
        CMD python3 -m http.server 8000
        """);
    String tag = "dockwright-image-test:" + UUID.randomUUID().toString().substring(0, 8);
    try {
      LocalEngine.docker("build", "-q", "--network", "none", "--build-arg", "GITHUB_TOKEN=" + token, "-t", tag,
          dir.resolve("ctx").toString());
      Path tar = dir.resolve("built.tar");
      LocalEngine.docker("save", tag, "-o", tar.toString());
      long engineSize = Long.parseLong(LocalEngine.docker("image", "inspect", tag, "--format", "{{.Size}}"));

      try (Image image = Image.open(ImageSource.dockerArchive(tar))) {
        assertThat(image.uncompressedBytes()).isEqualTo(engineSize);
        assertThat(image.layers()).hasSize(4);
        assertThat(image.filesystem().lookup("/junk")).isEmpty();
        assertThat(image.filesystem().lookup("/app/main.py").orElseThrow().entry().uid()).isEqualTo(10001);
      }

      Files.writeString(dir.resolve("cst.yaml"), """
          schemaVersion: 2.0.0
          fileExistenceTests: [{name: app, path: /app/main.py, uid: 10001}, {name: junk, path: /junk, shouldExist: false}]
          metadataTest: {exposedPorts: ["8000"], user: app}
          """);
      var spec = VerifySpecParser.parse("image: {ports: [8000]}\nstructureTests: [cst.yaml]\n", "spec.yaml", dir);
      List<CheckResult> results = ImageChecks.run(ImageSource.dockerArchive(tar), spec);
      assertThat(status(results, "image.user.non-root")).isEqualTo(Status.PASS);
      assertThat(status(results, "image.ports")).isEqualTo(Status.PASS);
      assertThat(status(results, "image.healthcheck")).isEqualTo(Status.PASS);
      assertThat(status(results, "image.exec-form")).isEqualTo(Status.FAIL);
      assertThat(status(results, "image.secrets.history")).isEqualTo(Status.FAIL);
      assertThat(status(results, "image.efficiency")).isEqualTo(Status.FAIL);
      assertThat(detail(results, "image.efficiency")).contains("/junk 300.0 kB, written in layer 1, deleted in layer 3");
      assertThat(status(results, "cst.file-existence")).isEqualTo(Status.PASS);
      assertThat(status(results, "cst.metadata")).isEqualTo(Status.PASS);
      assertThat(results).allSatisfy(r -> assertThat(r.detail() + r.measured()).doesNotContain(token));
    } finally {
      LocalEngine.run(List.of(LocalEngine.docker(), "rmi", "-f", tag), java.util.Map.of(), 60);
    }
  }

  private static Status status(List<CheckResult> results, String id) {
    return results.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow().status();
  }

  private static String detail(List<CheckResult> results, String id) {
    return results.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow().detail();
  }
}
