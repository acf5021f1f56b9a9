package dev.dockwright.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dockwright.io.UserException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ImageReadingTest {
  @TempDir Path dir;

  enum Format { LEGACY_DOCKER_SAVE, DOCKER_25_SAVE, OCI_DIRECTORY, OCI_ARCHIVE }

  static Stream<Arguments> formatsAndCompressions() {
    return Stream.of(Format.values()).flatMap(f ->
        Stream.of(Compression.values()).map(c -> Arguments.of(f, c)));
  }

  static ImageBuilder sample(Compression compression) {
    return new ImageBuilder()
        .layer(compression, "ADD rootfs.tar /", l -> l
            .dir("/etc").file("/etc/passwd", "root:x:0:0:root:/root:/bin/sh\napp:x:10001:10001::/app:/bin/sh\n")
            .dir("/usr").dir("/usr/bin").file("/usr/bin/python3", "ELF...", 0755, 0, 0)
            .symlink("/usr/bin/python", "python3")
            .dir("/tmp", 01777, 0, 0)
            .dir("/var/cache/apt").bigFile("/var/cache/apt/pkgcache.bin", 10_000))
        .step("ENV PYTHONUNBUFFERED=1")
        .env("PATH=/usr/bin:/bin", "PYTHONUNBUFFERED=1")
        .layer(compression, "RUN /bin/sh -c rm -rf /var/cache/apt && echo hi > /tmp/x", l -> l
            .whiteout("/var/cache/apt").file("/tmp/x", "hi\n"))
        .layer(compression, "COPY --chown=10001:10001 app /app", l -> l
            .dir("/app", 0755, 10001, 10001)
            .file("/app/main.py", "print('hello')\n", 0644, 10001, 10001))
        .user("app")
        .expose("8000/tcp")
        .label("org.opencontainers.image.source", "https://github.com/acme/svc")
        .entrypoint("python", "/app/main.py")
        .workdir("/app")
        .healthcheck(List.of("CMD", "python", "-c", "1"), Duration.ofSeconds(10), Duration.ofSeconds(3),
            Duration.ofSeconds(5), 3);
  }

  private ImageSource write(ImageBuilder b, Format format) throws IOException {
    return switch (format) {
      case LEGACY_DOCKER_SAVE -> ImageSource.dockerArchive(b.writeLegacyDockerArchive(dir.resolve("img.tar"), "svc:1"));
      case DOCKER_25_SAVE -> ImageSource.dockerArchive(b.writeDockerArchive(dir.resolve("img.tar"), "svc:1"));
      case OCI_DIRECTORY -> ImageSource.oci(b.writeOciLayout(dir.resolve("layout"), "1"));
      case OCI_ARCHIVE -> ImageSource.oci(b.writeOciArchive(dir.resolve("img.oci.tar"), "1"));
    };
  }

  @ParameterizedTest(name = "{0} with {1} layers")
  @MethodSource("formatsAndCompressions")
  void readsConfigLayersAndMergedFilesystemFromEveryFormat(Format format, Compression compression)
      throws IOException {
    try (Image image = Image.open(write(sample(compression), format))) {
      ImageConfig c = image.config();
      assertThat(c.user()).isEqualTo("app");
      assertThat(c.envMap()).containsEntry("PYTHONUNBUFFERED", "1");
      assertThat(c.exposedPorts()).containsExactly("8000/tcp");
      assertThat(c.entrypoint()).containsExactly("python", "/app/main.py");
      assertThat(c.workdir()).isEqualTo("/app");
      assertThat(c.healthcheck()).get().satisfies(h -> {
        assertThat(h.interval()).isEqualTo(Duration.ofSeconds(10));
        assertThat(h.effectiveRetries()).isEqualTo(3);
        assertThat(h.disabled()).isFalse();
      });
      assertThat(c.history()).hasSize(4);

      assertThat(image.layers()).hasSize(3);
      assertThat(image.layers()).allSatisfy(l -> assertThat(l.compression()).isEqualTo(compression));
      assertThat(image.layers().get(1).createdBy()).startsWith("RUN /bin/sh -c rm -rf");
      assertThat(image.layers().get(0).entries())
          .contains(new LayerEntry("/usr/bin/python", EntryType.SYMLINK, 7, 0777, 0, 0, "python3"));
      assertThat(image.layers().get(1).entries())
          .extracting(LayerEntry::path, LayerEntry::type)
          .contains(org.assertj.core.groups.Tuple.tuple("/var/cache/apt", EntryType.WHITEOUT));

      MergedFilesystem fs = image.filesystem();
      assertThat(fs.lookup("/var/cache/apt")).isEmpty();
      assertThat(fs.lookup("/var/cache/apt/pkgcache.bin")).isEmpty();
      assertThat(fs.lookup("/var/cache")).isPresent();
      assertThat(fs.lookup("/tmp").orElseThrow().entry().modeString()).isEqualTo("drwxrwxrwt");
      assertThat(fs.lookup("/app/main.py").orElseThrow()).satisfies(n -> {
        assertThat(n.layer()).isEqualTo(2);
        assertThat(n.entry().uid()).isEqualTo(10001);
      });
      assertThat(fs.resolve("/usr/bin/python").orElseThrow().path()).isEqualTo("/usr/bin/python3");

      long passwd = "root:x:0:0:root:/root:/bin/sh\napp:x:10001:10001::/app:/bin/sh\n".length();
      long symlink = "python3".length();
      long files = passwd + "ELF...".length() + symlink + 10_000 + "hi\n".length() + "print('hello')\n".length();
      assertThat(image.uncompressedBytes()).isEqualTo(files);
      assertThat(image.tarBytes()).isGreaterThan(image.uncompressedBytes());
      if (compression == Compression.NONE) assertThat(image.compressedBytes()).isEmpty();
      else assertThat(image.compressedBytes()).isPresent();

      assertThat(image.readFile("/app/main.py", 1000)).get()
          .extracting(b -> new String(b, StandardCharsets.UTF_8)).isEqualTo("print('hello')\n");
      assertThat(image.readFile("/etc/passwd", 1000)).get()
          .extracting(b -> new String(b, StandardCharsets.UTF_8)).asString().contains("app:x:10001");
      assertThat(image.readFile("/var/cache/apt/pkgcache.bin", 10)).isEmpty();
    }
  }

  @Test
  void opaqueWhiteoutEmptiesLowerDirectoryButKeepsItsOwnLayersEntries() throws IOException {
    ImageBuilder b = new ImageBuilder()
        .layer(Compression.GZIP, "base", l -> l.dir("/data").file("/data/old1", "1").file("/data/old2", "22")
            .dir("/data/sub").file("/data/sub/deep", "333"))
        // Opaque marker written after the layer's own file: order inside a layer must not matter.
        .layer(Compression.GZIP, "replace", l -> l.dir("/data").file("/data/new", "4444").opaque("/data"));
    try (Image image = Image.open(ImageSource.oci(b.writeOciLayout(dir.resolve("l"), "x")))) {
      MergedFilesystem fs = image.filesystem();
      assertThat(fs.descendants("/data")).extracting(MergedFilesystem.Node::path).containsExactly("/data/new");
      assertThat(fs.shadowed()).extracting(s -> s.node().path(), MergedFilesystem.Shadowed::cause)
          .containsExactlyInAnyOrder(
              org.assertj.core.groups.Tuple.tuple("/data/old1", MergedFilesystem.Shadowed.Cause.DELETED),
              org.assertj.core.groups.Tuple.tuple("/data/old2", MergedFilesystem.Shadowed.Cause.DELETED),
              org.assertj.core.groups.Tuple.tuple("/data/sub/deep", MergedFilesystem.Shadowed.Cause.DELETED));
    }
  }

  @Test
  void overwrittenFilesAndReplacedDirectoriesAreShadowed() throws IOException {
    ImageBuilder b = new ImageBuilder()
        .layer(Compression.ZSTD, "COPY app /app", l -> l.dir("/app").file("/app/a.py", "aaaa")
            .dir("/app/pkg").file("/app/pkg/m.py", "mm"))
        .layer(Compression.ZSTD, "RUN chown -R app /app", l -> l.dir("/app").file("/app/a.py", "aaaa", 0644, 1, 1))
        .layer(Compression.ZSTD, "RUN replace dir by file", l -> l.file("/app/pkg", "now a file"));
    try (Image image = Image.open(ImageSource.dockerArchive(b.writeDockerArchive(dir.resolve("i.tar"), "a:b")))) {
      MergedFilesystem fs = image.filesystem();
      assertThat(fs.lookup("/app/a.py").orElseThrow().entry().uid()).isEqualTo(1);
      assertThat(fs.lookup("/app/pkg").orElseThrow().type()).isEqualTo(EntryType.FILE);
      assertThat(fs.lookup("/app/pkg/m.py")).isEmpty();
      assertThat(fs.shadowed()).extracting(s -> s.node().path(), s -> s.byLayer(), s -> s.byPath())
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("/app/a.py", 1, "/app/a.py"),
              org.assertj.core.groups.Tuple.tuple("/app/pkg/m.py", 2, "/app/pkg"));
    }
  }

  @Test
  void followsSymlinksThroughDirectoriesAndHardLinksForContent() throws IOException {
    ImageBuilder b = new ImageBuilder()
        .layer(Compression.NONE, "base", l -> l.dir("/usr").dir("/usr/lib").dir("/usr/lib/python3")
            .file("/usr/lib/python3/site.py", "site")
            .symlink("/lib", "usr/lib")
            .dir("/etc").symlink("/etc/alt", "../lib/python3/site.py")
            .file("/etc/original", "shared bytes").hardlink("/etc/linked", "/etc/original")
            .symlink("/loop", "/loop"));
    try (Image image = Image.open(ImageSource.oci(b.writeOciArchive(dir.resolve("o.tar"), "x")))) {
      MergedFilesystem fs = image.filesystem();
      assertThat(fs.resolve("/lib/python3/site.py").orElseThrow().path()).isEqualTo("/usr/lib/python3/site.py");
      assertThat(fs.resolve("/etc/alt").orElseThrow().path()).isEqualTo("/usr/lib/python3/site.py");
      assertThat(fs.lookup("/etc/alt").orElseThrow().type()).isEqualTo(EntryType.SYMLINK);
      assertThat(fs.resolve("/loop")).isEmpty();
      assertThat(fs.resolve("/etc/original/x")).isEmpty();
      Map<String, byte[]> read = image.readFiles(List.of("/etc/linked", "/etc/alt", "/nope"), 100);
      assertThat(read).containsOnlyKeys("/etc/linked", "/etc/alt");
      assertThat(new String(read.get("/etc/linked"), StandardCharsets.UTF_8)).isEqualTo("shared bytes");
    }
  }

  @Test
  void legacyArchiveWithLinkedDuplicateLayerIsRead() throws IOException {
    ImageBuilder b = new ImageBuilder()
        .layer(Compression.NONE, "a", l -> l.file("/same", "x"))
        .layer(Compression.NONE, "b", l -> l.file("/same", "x"));
    Path tar = b.writeLegacyDockerArchive(dir.resolve("dup.tar"), "dup:1");
    try (Image image = Image.open(ImageSource.dockerArchive(tar))) {
      assertThat(image.layers()).hasSize(2);
      assertThat(image.layers().get(1).entries()).extracting(LayerEntry::path).containsExactly("/same");
      assertThat(image.name()).isEqualTo("dup:1");
    }
  }

  @Test
  void choosesTheManifestOfTheWantedPlatformAndSkipsAttestations() throws IOException {
    ImageBuilder amd = new ImageBuilder().platform("linux", "amd64", "").user("amd")
        .layer(Compression.GZIP, "a", l -> l.file("/arch", "amd64"));
    ImageBuilder arm = new ImageBuilder().platform("linux", "arm64", "v8").user("arm")
        .layer(Compression.ZSTD, "a", l -> l.file("/arch", "arm64"));
    Path layout = ImageBuilder.writeMultiPlatformOci(dir.resolve("multi"), "latest",
        new java.util.LinkedHashMap<>(Map.of("linux/amd64", amd, "linux/arm64/v8", arm)));
    ImageSource source = ImageSource.oci(layout);
    try (Image image = Image.open(source.withPlatform(Platform.parse("linux/arm64")))) {
      assertThat(image.config().user()).isEqualTo("arm");
    }
    try (Image image = Image.open(source.withPlatform(Platform.parse("linux/amd64")))) {
      assertThat(image.config().user()).isEqualTo("amd");
    }
    assertThatThrownBy(() -> Image.open(source.withPlatform(Platform.parse("linux/s390x"))))
        .isInstanceOf(UserException.class)
        .hasMessageContaining("no image for platform linux/s390x")
        .hasMessageContaining("linux/arm64/v8");
  }

  @Test
  void referenceSelectsAnImageAndAWrongOneIsAClearError() throws IOException {
    Path tar = sample(Compression.GZIP).writeDockerArchive(dir.resolve("img.tar"), "python:3.11-slim");
    ImageSource parsed = ImageSource.parse("docker-archive:" + tar + ":docker.io/library/python:3.11-slim");
    assertThat(parsed.path()).isEqualTo(tar);
    assertThat(parsed.reference()).contains("docker.io/library/python:3.11-slim");
    try (Image image = Image.open(parsed)) {
      assertThat(image.name()).isEqualTo("python:3.11-slim");
    }
    assertThatThrownBy(() -> Image.open(ImageSource.dockerArchive(tar).withReference("python:3.12")))
        .isInstanceOf(UserException.class)
        .hasMessageContaining("no image tagged python:3.12")
        .hasMessageContaining("python:3.11-slim");
  }

  @Test
  void badInputGivesOneLineUserErrors() throws IOException {
    assertThatThrownBy(() -> ImageSource.parse("docker-archive:" + dir.resolve("missing.tar")))
        .isInstanceOf(UserException.class).hasMessageContaining("no such file");
    assertThatThrownBy(() -> ImageSource.parse("registry:foo"))
        .isInstanceOf(UserException.class).hasMessageContaining("expected docker-archive:PATH or oci:PATH");

    Path notImage = Files.writeString(dir.resolve("x.tar"), "");
    assertThatThrownBy(() -> Image.open(ImageSource.dockerArchive(dir)))
        .isInstanceOf(UserException.class).hasMessageContaining("no manifest.json");

    Path layout = sample(Compression.GZIP).writeOciLayout(dir.resolve("corrupt"), "1");
    try (var blobs = Files.list(layout.resolve("blobs/sha256"))) {
      for (Path blob : blobs.toList()) {
        byte[] b = Files.readAllBytes(blob);
        if ((b[0] & 0xff) == 0x1f && (b[1] & 0xff) == 0x8b) {
          Files.write(blob, java.util.Arrays.copyOf(b, b.length / 2)); // cut every gzip layer
        }
      }
    }
    assertThatThrownBy(() -> Image.open(ImageSource.oci(layout)))
        .isInstanceOf(UserException.class).hasMessageContaining("truncated or corrupt");
    assertThat(notImage).exists();
  }

  @Test
  void eitherPrefixReadsEitherContainerFormat() throws IOException {
    Path legacy = sample(Compression.NONE).writeLegacyDockerArchive(dir.resolve("legacy.tar"), "svc:1");
    Path layout = sample(Compression.GZIP).writeOciLayout(dir.resolve("layout"), "1");
    try (Image a = Image.open(ImageSource.oci(legacy)); Image b = Image.open(ImageSource.dockerArchive(layout))) {
      assertThat(a.filesystem().asMap().keySet()).isEqualTo(b.filesystem().asMap().keySet());
    }
  }

  @Test
  void sniffsCompressionWhenTheMediaTypeSaysOtherwise() throws IOException {
    ImageBuilder b = new ImageBuilder()
        .layer(Compression.ZSTD, "a", l -> l.file("/app/main.py", "x").declare("application/vnd.oci.image.layer.v1.tar"))
        .layer(Compression.NONE, "b", l -> l.file("/b", "y").declare("application/vnd.oci.image.layer.v1.tar+gzip"));
    try (Image image = Image.open(ImageSource.oci(b.writeOciLayout(dir.resolve("lying"), "1")))) {
      assertThat(image.layers()).extracting(Layer::mediaType, Layer::compression).containsExactly(
          org.assertj.core.groups.Tuple.tuple("application/vnd.oci.image.layer.v1.tar", Compression.ZSTD),
          org.assertj.core.groups.Tuple.tuple("application/vnd.oci.image.layer.v1.tar+gzip", Compression.NONE));
      assertThat(image.filesystem().lookup("/app/main.py")).isPresent();
      assertThat(image.filesystem().lookup("/b")).isPresent();
    }
  }
}
