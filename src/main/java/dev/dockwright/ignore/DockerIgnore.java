package dev.dockwright.ignore;

import dev.dockwright.io.UserException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a {@code .dockerignore} as Docker does ({@code moby/patternmatcher/ignorefile.ReadAll}):
 * a UTF-8 BOM is dropped, a line whose first character is {@code #} is a comment (an indented
 * {@code #} is a pattern), each pattern is trimmed, cleaned like a path and loses a leading slash,
 * and {@code !} marks an exception. The patterns then compile into one {@link PatternMatcher}.
 *
 * <pre>{@code
 * PatternMatcher ignore = DockerIgnore.parse("node_modules\n*.log\n!keep.log\n");
 * ignore.excludes("node_modules/x/index.js");  // true: a parent directory matches
 * ignore.excludes("keep.log");                 // false: re-included by the ! pattern
 * }</pre>
 */
public final class DockerIgnore {
  public static final String FILE_NAME = ".dockerignore";

  /** A pattern with the 1-based line it came from, for error messages. */
  public record Line(int number, String pattern) {}

  private DockerIgnore() {}

  /**
   * The Docker CLI's ignore file for {@code contextDir}: {@code .dockerignore} only (the classic
   * builder knows no per-Dockerfile file); no patterns when there is none.
   *
   * @throws UserException when it cannot be read or a pattern is malformed (at its line)
   */
  public static PatternMatcher read(Path contextDir) {
    Path file = contextDir.resolve(FILE_NAME);
    if (!Files.isRegularFile(file)) {
      return PatternMatcher.of(List.of());
    }
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    } catch (IOException e) {
      throw new UserException("cannot read " + file + ": " + e.getMessage());
    }
  }

  /**
   * The ignore file BuildKit uses for a Dockerfile in {@code contextDir}: {@code
   * <dockerfileName>.dockerignore} when it exists, else {@code .dockerignore}. Empty when neither
   * exists, it cannot be read, or a pattern is malformed (BuildKit then fails the build before any
   * check runs, so there is nothing to match against).
   */
  public static Optional<PatternMatcher> find(Path contextDir, String dockerfileName) {
    for (Path candidate : List.of(contextDir.resolve(dockerfileName + FILE_NAME),
        contextDir.resolve(FILE_NAME))) {
      if (Files.isRegularFile(candidate)) {
        try {
          return Optional.of(parse(Files.readString(candidate, StandardCharsets.UTF_8),
              candidate.toString()));
        } catch (IOException | UncheckedIOException | UserException e) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  /** Compiles ignore-file content; see {@link #parse(String, String)}. */
  public static PatternMatcher parse(String content) {
    return parse(content, FILE_NAME);
  }

  /**
   * Compiles ignore-file content.
   *
   * @param file named in the error
   * @throws UserException at the line of the first malformed pattern, in moby's wording
   */
  public static PatternMatcher parse(String content, String file) {
    List<Line> lines = lines(content);
    for (Line line : lines) {
      try {
        PatternMatcher.of(List.of(line.pattern()));
      } catch (IllegalArgumentException e) {
        throw UserException.at(file, line.number(), 1, e.getMessage());
      }
    }
    return PatternMatcher.of(lines.stream().map(Line::pattern).toList());
  }

  /** The patterns of ignore-file content, cleaned, with {@code !} on exceptions. */
  public static List<Line> lines(String content) {
    if (content.startsWith("\uFEFF")) {
      content = content.substring(1);
    }
    List<Line> out = new ArrayList<>();
    String[] lines = content.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.startsWith("#")) {
        continue;
      }
      String pattern = line.strip();
      if (pattern.isEmpty()) {
        continue;
      }
      boolean invert = pattern.charAt(0) == '!';
      if (invert) {
        pattern = pattern.substring(1).strip();
      }
      if (!pattern.isEmpty()) {
        pattern = GoPaths.clean(pattern);
        if (pattern.length() > 1 && pattern.charAt(0) == '/') {
          pattern = pattern.substring(1);
        }
      }
      out.add(new Line(i + 1, invert ? "!" + pattern : pattern));
    }
    return out;
  }
}
