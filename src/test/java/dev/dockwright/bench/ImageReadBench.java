package dev.dockwright.bench;

import dev.dockwright.image.Image;
import dev.dockwright.image.ImageSource;
import dev.dockwright.verify.CheckResult;
import dev.dockwright.verify.image.ImageChecks;
import dev.dockwright.verify.spec.ImageSpec;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to read a real saved image and to run every image check on it. The images are not part of
 * the repository: save them first (see bench/README.md), then
 * {@code java -cp ... org.openjdk.jmh.Main ImageReadBench -p source=docker-archive:/tmp/python.tar}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = {"-Xmx256m"})
public class ImageReadBench {
  @Param({"docker-archive:/tmp/dw-bench/python.tar"})
  public String source;

  /** Config, layer entries and the merged filesystem: one pass over every layer. */
  @Benchmark
  public int open() {
    try (Image image = Image.open(ImageSource.parse(source))) {
      return image.filesystem().nodes().size();
    }
  }

  /** Every default image check, the secret scan of all layer files riding along the same pass. */
  @Benchmark
  public List<CheckResult> allChecks() {
    return ImageChecks.run(ImageSource.parse(source), ImageSpec.defaults());
  }
}
