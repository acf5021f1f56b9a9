package dev.dockwright.verify.cst;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real {@link CommandRunner} that runs commands as host processes (CST's host driver does the
 * same), in a scratch directory shared by the commands of a session. Lets the command-test
 * evaluation be tested with real exit codes and output where no engine is available; the engine
 * implementation is tested on a real engine.
 */
final class HostCommandRunner implements CommandRunner {
  @Override
  public Session open(Map<String, String> env, StructureTest.ContainerRunOptions options) throws IOException {
    Path dir = Files.createTempDirectory("dockwright-cst-host");
    return new Session() {
      @Override
      public Result run(List<String> argv, Map<String, String> runEnv, Duration timeout) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(argv).directory(dir.toFile());
        Map<String, String> e = new LinkedHashMap<>();
        e.put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        e.putAll(env);
        e.putAll(runEnv);
        pb.environment().clear();
        pb.environment().putAll(e);
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        long start = System.nanoTime();
        Process p = pb.start();
        try {
          boolean done = p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
          if (!done) p.destroyForcibly().waitFor();
          Duration took = Duration.ofNanos(System.nanoTime() - start);
          return new Result(done ? p.exitValue() : -1, Files.readString(out, StandardCharsets.UTF_8),
              Files.readString(err, StandardCharsets.UTF_8), took, !done);
        } catch (InterruptedException ex) {
          p.destroyForcibly();
          Thread.currentThread().interrupt();
          throw new IOException("interrupted", ex);
        } finally {
          Files.deleteIfExists(out);
          Files.deleteIfExists(err);
        }
      }

      @Override
      public void close() throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
          for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
      }
    };
  }
}
