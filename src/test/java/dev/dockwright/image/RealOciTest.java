package dev.dockwright.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * OCI layouts and archives as a real producer writes them: Podman (in a private storage root, so
 * nothing is shared with other users of the machine) loads the engine's saved base image and
 * writes it as a zstd OCI layout and as a gzip OCI archive; both must read as the same image as
 * the docker save archive. Skips when Podman is not installed.
 */
class RealOciTest {

  @Test
  void podmanWrittenOciLayoutsReadAsTheSameImage() throws Exception {
    LocalEngine.assume();
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/podman")), "podman is not installed: skipping the OCI producer test");
    Path dir = Files.createTempDirectory("dockwright-oci");
    try {
      Path saved = dir.resolve("base.tar");
      LocalEngine.docker("save", LocalEngine.BASE_IMAGE, "-o", saved.toString());
      podman(dir, "load", "-q", "-i", saved.toString());
      String ref = "localhost/" + LocalEngine.BASE_IMAGE;
      podman(dir, "push", "--compression-format", "zstd", ref, "oci:" + dir.resolve("zstd-layout") + ":latest");
      podman(dir, "save", "--format", "oci-archive", "-o", dir.resolve("gzip.tar").toString(), ref);

      try (Image docker = Image.open(ImageSource.dockerArchive(saved));
          Image zstd = Image.open(ImageSource.parse("oci:" + dir.resolve("zstd-layout") + ":latest"));
          Image gzip = Image.open(ImageSource.oci(dir.resolve("gzip.tar")))) {
        assertThat(zstd.layers()).allSatisfy(l -> assertThat(l.compression()).isEqualTo(Compression.ZSTD));
        assertThat(gzip.layers()).allSatisfy(l -> assertThat(l.compression()).isEqualTo(Compression.GZIP));
        for (Image oci : List.of(zstd, gzip)) {
          assertThat(oci.uncompressedBytes()).isEqualTo(docker.uncompressedBytes());
          assertThat(oci.config().env()).isEqualTo(docker.config().env());
          assertThat(oci.filesystem().asMap().keySet()).isEqualTo(docker.filesystem().asMap().keySet());
          assertThat(oci.compressedBytes()).isPresent();
        }
      }
    } finally {
      LocalEngine.run(List.of("rm", "-rf", dir.toString()), Map.of(), 120);
    }
  }

  private static void podman(Path dir, String... args) {
    List<String> cmd = new ArrayList<>(List.of("/usr/bin/podman", "--root", dir.resolve("root").toString(),
        "--runroot", dir.resolve("run").toString(), "--storage-driver", "vfs"));
    cmd.addAll(List.of(args));
    LocalEngine.Result r = LocalEngine.run(cmd, Map.of(), 600);
    if (r.exit() != 0) fail(String.join(" ", cmd) + " failed: " + r.output());
  }
}
