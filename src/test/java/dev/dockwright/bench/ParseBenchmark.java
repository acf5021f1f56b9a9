package dev.dockwright.bench;

import dev.dockwright.syntax.DockerfileParser;
import dev.dockwright.syntax.ParseResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Parse throughput per file over the shared corpus ({@code ../shared/corpus/dockerfiles}, or
 * {@code DOCKWRIGHT_SHARED}): each operation parses the next corpus file, so ops/s is files/s
 * averaged over real Dockerfiles. Run with {@code scripts/bench-parse}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ParseBenchmark {
  private String[] files;
  private int next;

  @Setup
  public void load() throws IOException {
    String shared = System.getProperty("DOCKWRIGHT_SHARED", System.getenv("DOCKWRIGHT_SHARED"));
    Path root = shared != null ? Path.of(shared) : Path.of("..", "shared");
    Path corpus = root.resolve("corpus/dockerfiles");
    if (!Files.isDirectory(corpus)) {
      throw new IllegalStateException("corpus not found at " + corpus.toAbsolutePath()
          + " (set DOCKWRIGHT_SHARED)");
    }
    try (Stream<Path> s = Files.list(corpus)) {
      List<Path> paths = s.filter(p -> p.toString().endsWith("Dockerfile")).sorted().toList();
      files = new String[paths.size()];
      for (int i = 0; i < files.length; i++) {
        files[i] = new String(Files.readAllBytes(paths.get(i)), StandardCharsets.UTF_8);
      }
    }
  }

  @Benchmark
  public ParseResult parseOneFile() {
    String text = files[next];
    next = next + 1 == files.length ? 0 : next + 1;
    return DockerfileParser.parse(text);
  }
}
