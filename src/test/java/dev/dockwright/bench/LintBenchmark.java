package dev.dockwright.bench;

import dev.dockwright.lint.LintOptions;
import dev.dockwright.lint.LintResult;
import dev.dockwright.lint.Linter;
import dev.dockwright.lint.SourceFile;
import dev.dockwright.lint.config.LintConfig;
import dev.dockwright.rules.BuiltinRules;
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
 * Parse + model + every built-in rule, per file, over the shared corpus: each operation lints the
 * next corpus file (as `dockwright lint` does, without ShellCheck), so ops/s is files/s in one
 * process. Run with {@code scripts/bench-lint}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class LintBenchmark {
  private SourceFile[] files;
  private Linter linter;
  private LintConfig config;
  private int next;

  @Setup
  public void load() throws IOException {
    String shared = System.getProperty("DOCKWRIGHT_SHARED", System.getenv("DOCKWRIGHT_SHARED"));
    Path corpus = (shared != null ? Path.of(shared) : Path.of("..", "shared")).resolve("corpus/dockerfiles");
    if (!Files.isDirectory(corpus)) {
      throw new IllegalStateException("corpus not found at " + corpus.toAbsolutePath()
          + " (set DOCKWRIGHT_SHARED)");
    }
    try (Stream<Path> s = Files.list(corpus)) {
      List<Path> paths = s.filter(p -> p.toString().endsWith("Dockerfile")).sorted().toList();
      files = new SourceFile[paths.size()];
      for (int i = 0; i < files.length; i++) {
        String text = new String(Files.readAllBytes(paths.get(i)), StandardCharsets.UTF_8);
        files[i] = SourceFile.of(paths.get(i).getFileName().toString(), text);
      }
    }
    linter = new Linter(BuiltinRules.registry());
    config = LintConfig.DEFAULTS.withShellcheck(false); // processes are measured separately
  }

  @Benchmark
  public LintResult lintOneFile() {
    SourceFile file = files[next];
    next = next + 1 == files.length ? 0 : next + 1;
    return linter.lint(file, config, LintOptions.DEFAULT);
  }
}
