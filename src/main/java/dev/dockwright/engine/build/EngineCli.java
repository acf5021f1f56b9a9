package dev.dockwright.engine.build;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the engine command-line clients that can build with BuildKit, and runs them.
 *
 * <p>A docker CLI older than 23 has BuildKit built in ({@code DOCKER_BUILDKIT=1}); from 23 on the
 * CLI needs the buildx plugin, and without it only the classic builder is left. Machines often
 * have both kinds (a distribution's 20.10 in /usr/bin, a newer static one in /usr/local/bin that
 * comes first on PATH), so every candidate is asked, {@code /usr/bin/docker} first.
 * {@code DOCKWRIGHT_DOCKER_CLI} names the one to use.
 */
public final class EngineCli {
  /** A usable client and what it is. */
  public record Cli(Path binary, String version, String how) {}

  private static final Pattern DOCKER_VERSION = Pattern.compile("Docker version (\\d+)\\.(\\d+)\\.([^,\\s]+)");
  private static final Map<String, Optional<Cli>> CACHE = new ConcurrentHashMap<>();
  /** What was tried and why it did not do, for the message when nothing does. */
  private static final Map<String, String> REJECTED = new ConcurrentHashMap<>();

  private EngineCli() {}

  /** A docker CLI that builds with BuildKit, if there is one. */
  public static Optional<Cli> dockerWithBuildkit() {
    return CACHE.computeIfAbsent("docker", k -> findDocker());
  }

  /** The {@code podman} client, if installed. */
  public static Optional<Cli> podman() {
    return CACHE.computeIfAbsent("podman", k -> {
      for (Path p : candidates("podman", List.of())) {
        Optional<String> v = firstLine(List.of(p.toString(), "--version"));
        if (v.isPresent()) {
          String version = v.get().replaceFirst("^podman version ", "");
          return Optional.of(new Cli(p, version, p + " build --format=docker; Podman " + version));
        }
      }
      return Optional.empty();
    });
  }

  /** Why no docker CLI could build with BuildKit, e.g. "/usr/local/bin/docker: 28.1.1 without buildx". */
  public static String whyNoDocker() {
    dockerWithBuildkit();
    return REJECTED.isEmpty() ? "no docker CLI on PATH" : String.join("; ", REJECTED.values());
  }

  private static Optional<Cli> findDocker() {
    String forced = System.getenv("DOCKWRIGHT_DOCKER_CLI");
    List<Path> preferred = forced != null && !forced.isBlank() ? List.of(Path.of(forced)) : List.of(Path.of("/usr/bin/docker"));
    for (Path p : candidates("docker", preferred)) {
      Optional<String> v = firstLine(List.of(p.toString(), "--version"));
      if (v.isEmpty()) {
        continue;
      }
      Matcher m = DOCKER_VERSION.matcher(v.get());
      if (!m.find()) {
        REJECTED.put(p.toString(), p + ": unrecognised version \"" + v.get() + "\"");
        continue;
      }
      int major = Integer.parseInt(m.group(1));
      String version = m.group(1) + "." + m.group(2) + "." + m.group(3);
      if (major < 23) {
        return Optional.of(new Cli(p, version, "DOCKER_BUILDKIT=1 " + p + " build; CLI " + version + " has BuildKit built in"));
      }
      if (firstLine(List.of(p.toString(), "buildx", "version")).isPresent()) {
        return Optional.of(new Cli(p, version, p + " build; CLI " + version + " with buildx"));
      }
      REJECTED.put(p.toString(), p + ": CLI " + version + " without buildx");
    }
    return Optional.empty();
  }

  private static List<Path> candidates(String name, List<Path> preferred) {
    Set<Path> out = new LinkedHashSet<>();
    for (Path p : preferred) {
      if (Files.isExecutable(p)) {
        out.add(p);
      }
    }
    String path = System.getenv("PATH");
    if (path != null) {
      for (String dir : path.split(java.io.File.pathSeparator)) {
        Path p = Path.of(dir.isEmpty() ? "." : dir, name);
        if (Files.isExecutable(p)) {
          try {
            out.add(p.toRealPath());
          } catch (IOException e) {
            out.add(p);
          }
        }
      }
    }
    return new ArrayList<>(out);
  }

  /** The first output line of a quick command that succeeded, else empty. */
  private static Optional<String> firstLine(List<String> command) {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      p.getOutputStream().close();
      String first;
      try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
        first = r.readLine();
        while (r.readLine() != null) {
          // drain
        }
      }
      if (!p.waitFor(20, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return Optional.empty();
      }
      return p.exitValue() == 0 && first != null ? Optional.of(first.strip()) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  /**
   * Runs {@code command} with extra environment, handing each output line (stdout and stderr
   * merged) to {@code lines}; returns the exit code. Interrupting the thread stops the process.
   */
  static int run(List<String> command, Map<String, String> env, Path dir, Consumer<String> lines)
      throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).directory(dir.toFile());
    pb.environment().putAll(env);
    Process p = pb.start();
    p.getOutputStream().close();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        lines.accept(line);
        if (Thread.interrupted()) {
          throw new InterruptedException();
        }
      }
      return p.waitFor();
    } catch (InterruptedException | IOException | RuntimeException e) {
      p.descendants().forEach(ProcessHandle::destroy);
      p.destroy();
      throw e;
    }
  }
}
