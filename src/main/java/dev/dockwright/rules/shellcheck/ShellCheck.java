package dev.dockwright.rules.shellcheck;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The {@code shellcheck} program: checks several scripts in one process. Each script is written
 * to its own file in a fresh temporary directory and all of them are passed to a single
 * {@code shellcheck --format=json1} run; each script's dialect comes from the shebang its text
 * starts with, so scripts of different shells share the process too.
 *
 * <p>ShellCheck 0.7 or later ({@code json1}, {@code --norc}). {@code json1} counts a tab as one
 * column and columns in characters (code points), lines from 1.
 */
public final class ShellCheck {

  /** Starts the process; tests count or intercept launches through it. */
  @FunctionalInterface
  public interface Launcher {
    Process start(ProcessBuilder builder) throws IOException;
  }

  /**
   * Codes that make no sense for a Dockerfile, as hadolint excludes them: 2187 (ash is checked
   * as dash), 1090 and 1091 (a sourced file cannot be followed or annotated with a directive).
   */
  public static final List<Integer> EXCLUDED = List.of(2187, 1090, 1091);

  private static final long TIMEOUT_SECONDS = 120;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static volatile Optional<ShellCheck> onPath;

  private final Path executable;
  private final Launcher launcher;

  private ShellCheck(Path executable, Launcher launcher) {
    this.executable = executable;
    this.launcher = launcher;
  }

  /** The {@code shellcheck} found on {@code PATH} (looked up once per process), if any. */
  public static Optional<ShellCheck> onPath() {
    Optional<ShellCheck> found = onPath;
    if (found == null) {
      found = find(System.getenv("PATH")).map(ShellCheck::at);
      onPath = found;
    }
    return found;
  }

  /** The first executable {@code shellcheck} in a {@code PATH}-style list of directories. */
  static Optional<Path> find(String path) {
    if (path == null) {
      return Optional.empty();
    }
    for (String dir : path.split(File.pathSeparator)) {
      if (dir.isEmpty()) {
        continue;
      }
      for (String name : List.of("shellcheck", "shellcheck.exe")) {
        Path candidate = Path.of(dir, name);
        if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }

  /** ShellCheck at this path. */
  public static ShellCheck at(Path executable) {
    return new ShellCheck(executable, ProcessBuilder::start);
  }

  /** The same program, started through {@code launcher}. */
  public ShellCheck withLauncher(Launcher next) {
    return new ShellCheck(executable, next);
  }

  public Path executable() {
    return executable;
  }

  /**
   * One script to check: its full text, which names its dialect in a first-line shebang
   * ({@code #!/bin/bash}).
   */
  public record Script(String text) {}

  /**
   * One ShellCheck comment, positions as ShellCheck gives them (1-based lines and columns, the
   * end column exclusive).
   */
  public record Comment(int line, int column, int endLine, int endColumn, String level, int code,
      String message) {}

  /**
   * Checks every script in one {@code shellcheck} process and returns, for each script in order,
   * its comments. Throws {@link IllegalStateException} when ShellCheck cannot be run or its output
   * cannot be read (the linter reports that as an internal error, not as findings).
   */
  public List<List<Comment>> check(List<Script> scripts) {
    List<List<Comment>> out = new ArrayList<>();
    for (int i = 0; i < scripts.size(); i++) {
      out.add(new ArrayList<>());
    }
    if (scripts.isEmpty()) {
      return out;
    }
    Path dir = null;
    try {
      dir = Files.createTempDirectory("dockwright-shellcheck");
      List<String> command = new ArrayList<>(List.of(executable.toString(), "--format=json1",
          "--norc", "--severity=style", "--exclude=" + joined(EXCLUDED)));
      for (int i = 0; i < scripts.size(); i++) {
        String name = i + ".sh";
        Files.writeString(dir.resolve(name), scripts.get(i).text(), StandardCharsets.UTF_8);
        command.add(name);
      }
      Path stderr = dir.resolve("stderr");
      ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
          .redirectError(stderr.toFile());
      Process process = launcher.start(builder);
      process.getOutputStream().close(); // it reads files, never standard input
      byte[] stdout;
      try (InputStream in = process.getInputStream()) {
        stdout = in.readAllBytes();
      }
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException("shellcheck did not finish in " + TIMEOUT_SECONDS + "s");
      }
      int exit = process.exitValue();
      // 0: nothing found, 1: something found; anything else is a failure of the run itself.
      if (exit != 0 && exit != 1) {
        throw new IllegalStateException("shellcheck exited with " + exit + ": "
            + firstLine(Files.readString(stderr, StandardCharsets.UTF_8)));
      }
      JsonNode report = stdout.length == 0 ? null : JSON.readTree(stdout);
      if (report == null || !report.path("comments").isArray()) {
        throw new IllegalStateException("shellcheck (exit " + exit + ") gave no json1 report: "
            + firstLine(Files.readString(stderr, StandardCharsets.UTF_8)));
      }
      for (JsonNode c : report.path("comments")) {
        int index = scriptIndex(c.path("file").asText());
        if (index < 0 || index >= scripts.size()) {
          continue;
        }
        out.get(index).add(new Comment(c.path("line").asInt(), c.path("column").asInt(),
            c.path("endLine").asInt(), c.path("endColumn").asInt(), c.path("level").asText(),
            c.path("code").asInt(), c.path("message").asText()));
      }
      return out;
    } catch (IOException e) {
      throw new IllegalStateException("cannot run " + executable + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running shellcheck", e);
    } finally {
      if (dir != null) {
        deleteTree(dir);
      }
    }
  }

  private static int scriptIndex(String file) {
    String name = file.substring(file.lastIndexOf('/') + 1);
    if (!name.endsWith(".sh")) {
      return -1;
    }
    try {
      return Integer.parseInt(name.substring(0, name.length() - 3));
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static String joined(List<Integer> codes) {
    return String.join(",", codes.stream().map(String::valueOf).toList());
  }

  private static String firstLine(String text) {
    String t = text.strip();
    int nl = t.indexOf('\n');
    return nl < 0 ? t : t.substring(0, nl);
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException | UncheckedIOException e) {
      // a temporary directory left behind is not worth failing the lint for
    }
  }
}
