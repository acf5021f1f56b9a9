package dev.dockwright.image;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The machine's Docker engine, driven through its own CLI, for tests that need real images. Tests
 * skip with a message when there is no engine, and fail instead when
 * {@code DOCKWRIGHT_REQUIRE_ENGINE=1} (CI).
 */
public final class LocalEngine {
  public static final String BASE_IMAGE = "python:3.11-slim";

  private LocalEngine() {}

  /** The engine's own client first: a newer docker on PATH may lack BuildKit support here. */
  public static String docker() {
    return Files.isExecutable(Path.of("/usr/bin/docker")) ? "/usr/bin/docker" : "docker";
  }

  public static boolean required() {
    return "1".equals(System.getenv("DOCKWRIGHT_REQUIRE_ENGINE"));
  }

  /** Skips (or fails, when required) unless the engine answers and has the base image. */
  public static void assume() {
    String why = null;
    Result info = run(List.of(docker(), "version"), Map.of(), 30);
    if (info.exit != 0) {
      String[] lines = info.output.strip().split("\n");
      why = "no Docker engine answers (" + lines[lines.length - 1].strip() + ")";
    } else if (run(List.of(docker(), "image", "inspect", BASE_IMAGE), Map.of(), 30).exit != 0) {
      why = "the engine has no " + BASE_IMAGE + " image";
    }
    if (why == null) return;
    if (required()) fail(why + " and DOCKWRIGHT_REQUIRE_ENGINE=1");
    assumeTrue(false, why + ": skipping engine test");
  }

  public record Result(int exit, String output) {}

  public static Result run(List<String> command, Map<String, String> env, int timeoutSeconds) {
    try {
      ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
      pb.environment().putAll(env);
      Path out = Files.createTempFile("dockwright-engine", ".log");
      pb.redirectOutput(out.toFile());
      Process p = pb.start();
      boolean done = p.waitFor(timeoutSeconds, TimeUnit.SECONDS);
      if (!done) p.destroyForcibly().waitFor();
      String output = Files.readString(out, StandardCharsets.UTF_8);
      Files.deleteIfExists(out);
      return new Result(done ? p.exitValue() : -1, output);
    } catch (IOException e) {
      return new Result(-1, e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Result(-1, "interrupted");
    }
  }

  /** Runs a docker command that must succeed. */
  public static String docker(String... args) {
    List<String> cmd = new ArrayList<>();
    cmd.add(docker());
    cmd.addAll(List.of(args));
    Result r = run(cmd, Map.of("DOCKER_BUILDKIT", "1"), 600);
    if (r.exit != 0) fail(String.join(" ", cmd) + " failed (" + r.exit + "): " + r.output);
    return r.output.strip();
  }
}
