package dev.dockwright.engine.context;

import dev.dockwright.io.UserException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a {@code .dockerignore} as Docker does: a UTF-8 BOM is dropped, a line whose first
 * character is {@code #} is a comment (an indented {@code #} is a pattern), each pattern is
 * trimmed, cleaned like a path and loses a leading slash, and {@code !} marks an exception.
 */
public final class DockerIgnore {
  public static final String FILE_NAME = ".dockerignore";

  /** A pattern with the 1-based line it came from, for error messages. */
  public record Line(int number, String pattern) {}

  private DockerIgnore() {}

  /** The patterns of {@code contextDir/.dockerignore}; empty when there is none. */
  public static List<Line> read(Path contextDir) {
    Path file = contextDir.resolve(FILE_NAME);
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UserException("cannot read " + file + ": " + e.getMessage());
    }
  }

  public static List<Line> parse(String content) {
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

  /**
   * Compiles the patterns; a malformed one is reported at its line of {@code file}.
   */
  public static PatternMatcher matcher(List<Line> lines, String file) {
    for (Line line : lines) {
      try {
        PatternMatcher.of(List.of(line.pattern()));
      } catch (IllegalArgumentException e) {
        throw UserException.at(file, line.number(), 1, e.getMessage());
      }
    }
    return PatternMatcher.of(lines.stream().map(Line::pattern).toList());
  }
}
