package dev.dockwright.verify.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.dockwright.image.Compression;
import dev.dockwright.image.Image;
import dev.dockwright.image.ImageBuilder;
import dev.dockwright.image.ImageSource;
import dev.dockwright.image.MergedFilesystem.Shadowed.Cause;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LayerEfficiencyTest {
  @TempDir Path dir;

  @Test
  void countsEveryHiddenCopyOnceAndGroupsByWhatHidItAsDiveDoes() throws IOException {
    ImageBuilder b = new ImageBuilder()
        .layer(Compression.GZIP, "base", l -> l.bigFile("/base.bin", 100_000))                       // 100 kB
        .layer(Compression.GZIP, "RUN apt-get install", l -> l.dir("/var/cache/apt")
            .bigFile("/var/cache/apt/a.deb", 30_000).bigFile("/var/cache/apt/b.deb", 20_000))        // 50 kB
        .layer(Compression.GZIP, "COPY app", l -> l.bigFile("/app.bin", 10_000))                     // 10 kB
        .layer(Compression.GZIP, "RUN rm -rf /var/cache/apt", l -> l.whiteout("/var/cache/apt"))
        .layer(Compression.GZIP, "RUN chown app /app.bin", l -> l.bigFile("/app.bin", 10_000))      // 10 kB again
        .layer(Compression.GZIP, "RUN chown again", l -> l.bigFile("/app.bin", 10_000));            // and again
    try (Image image = Image.open(ImageSource.oci(b.writeOciLayout(dir.resolve("i"), "x")))) {
      LayerEfficiency e = LayerEfficiency.of(image, 10);
      assertThat(e.totalBytes()).isEqualTo(180_000);
      // The apt debs (50 kB) were deleted; two of the three app.bin copies are hidden (20 kB).
      assertThat(e.wastedBytes()).isEqualTo(70_000);
      assertThat(e.score()).isCloseTo(1 - 70_000.0 / 180_000, within(1e-9));
      assertThat(e.userBytes()).isEqualTo(80_000);
      assertThat(e.userWastedRatio()).isCloseTo(70_000.0 / 80_000, within(1e-9));
      assertThat(e.top()).containsExactly(
          new LayerEfficiency.WastedPath("/var/cache/apt", 50_000, 2, List.of(1), 3, Cause.DELETED),
          new LayerEfficiency.WastedPath("/app.bin", 10_000, 1, List.of(2), 4, Cause.OVERWRITTEN),
          new LayerEfficiency.WastedPath("/app.bin", 10_000, 1, List.of(4), 5, Cause.OVERWRITTEN));
    }
  }

  @Test
  void anImageWithoutHiddenBytesScoresOne() throws IOException {
    ImageBuilder b = new ImageBuilder()
        .layer(Compression.NONE, "a", l -> l.bigFile("/a", 1000))
        .layer(Compression.NONE, "b", l -> l.bigFile("/b", 1000));
    try (Image image = Image.open(ImageSource.oci(b.writeOciLayout(dir.resolve("i"), "x")))) {
      LayerEfficiency e = LayerEfficiency.of(image, 10);
      assertThat(e.wastedBytes()).isZero();
      assertThat(e.score()).isEqualTo(1.0);
      assertThat(e.top()).isEmpty();
    }
  }
}
