package dev.dockwright.model;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A build context's {@code .dockerignore}, read and matched the way BuildKit does
 * ({@code moby/patternmatcher}: {@code ignorefile.ReadAll} and {@code MatchesOrParentMatches}).
 *
 * <pre>{@code
 * DockerIgnore ignore = DockerIgnore.parse("node_modules\n*.log\n!keep.log\n");
 * ignore.excludes("node_modules/x/index.js");  // true: a parent directory matches
 * ignore.excludes("keep.log");                 // false: re-included by the ! pattern
 * }</pre>
 *
 * <p>Patterns are context-relative, slash-separated, cleaned like Go's {@code filepath.Clean}
 * ({@code /a/../b/} is {@code b}); {@code *} and {@code ?} do not cross {@code /}, {@code **}
 * does; the last matching pattern decides, {@code !} patterns re-include.
 */
public final class DockerIgnore {

  /** One pattern as written (cleaned), and its compiled form. */
  public record Rule(String pattern, boolean exclusion, Matcher matcher) {}

  /** How one cleaned pattern matches a path (patternmatcher's match types). */
  sealed interface Matcher {
    boolean matches(String path);
  }

  record Exact(String text) implements Matcher {
    public boolean matches(String path) {
      return path.equals(text);
    }
  }

  record Prefix(String prefix) implements Matcher {
    public boolean matches(String path) {
      return path.startsWith(prefix);
    }
  }

  record Suffix(String suffix) implements Matcher {
    public boolean matches(String path) {
      return path.endsWith(suffix) || (suffix.startsWith("/") && path.equals(suffix.substring(1)));
    }
  }

  record Regex(Pattern regex) implements Matcher {
    public boolean matches(String path) {
      return regex.matcher(path).matches();
    }
  }

  /** A pattern Go's {@code filepath.Match} rejects: matches nothing. */
  record Bad() implements Matcher {
    public boolean matches(String path) {
      return false;
    }
  }

  private final List<Rule> rules;

  private DockerIgnore(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  /**
   * The ignore file BuildKit uses for a Dockerfile in {@code contextDir}: {@code
   * <dockerfileName>.dockerignore} when it exists, else {@code .dockerignore}; empty when neither
   * exists or it cannot be read.
   */
  public static Optional<DockerIgnore> find(Path contextDir, String dockerfileName) {
    for (Path candidate : List.of(contextDir.resolve(dockerfileName + ".dockerignore"),
        contextDir.resolve(".dockerignore"))) {
      if (Files.isRegularFile(candidate)) {
        try {
          return Optional.of(parse(Files.readString(candidate, StandardCharsets.UTF_8)));
        } catch (IOException | java.io.UncheckedIOException e) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  /** Reads ignore-file content: comments and blank lines dropped, patterns cleaned. */
  public static DockerIgnore parse(String content) {
    List<Rule> rules = new ArrayList<>();
    String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
    for (String line : text.split("\n", -1)) {
      if (line.endsWith("\r")) {
        line = line.substring(0, line.length() - 1);
      }
      if (line.startsWith("#")) {
        continue;
      }
      String pattern = line.strip();
      if (pattern.isEmpty()) {
        continue;
      }
      boolean exclusion = pattern.charAt(0) == '!';
      if (exclusion) {
        pattern = pattern.substring(1).strip();
      }
      if (!pattern.isEmpty()) {
        pattern = clean(pattern);
        if (pattern.length() > 1 && pattern.charAt(0) == '/') {
          pattern = pattern.substring(1);
        }
      }
      if (exclusion && pattern.isEmpty()) {
        continue; // "!" alone: BuildKit rejects the file; nothing sensible to match
      }
      rules.add(new Rule(pattern, exclusion, compile(pattern)));
    }
    return new DockerIgnore(rules);
  }

  public List<Rule> rules() {
    return rules;
  }

  /** Whether any pattern re-includes with {@code !}. */
  public boolean hasExclusions() {
    return rules.stream().anyMatch(Rule::exclusion);
  }

  /**
   * Whether {@code path} (context-relative, slash-separated) is left out of the context: the last
   * pattern that matches it or one of its parent directories excludes it.
   */
  public boolean excludes(String path) {
    String file = path;
    String parent = dir(file);
    String[] parentDirs = parent.split("/", -1);
    boolean matched = false;
    for (Rule rule : rules) {
      if (rule.exclusion() != matched) {
        continue;
      }
      boolean match = rule.matcher().matches(file);
      if (!match && !parent.equals(".")) {
        for (int i = 0; i < parentDirs.length && !match; i++) {
          match = rule.matcher().matches(String.join("/", List.of(parentDirs).subList(0, i + 1)));
        }
      }
      if (match) {
        matched = !rule.exclusion();
      }
    }
    return matched;
  }

  /** patternmatcher's {@code compile}: exact, prefix ({@code a/**}), suffix ({@code **}{@code /a}) or regex. */
  static Matcher compile(String pattern) {
    StringBuilder regex = new StringBuilder("^");
    String type = "exact";
    int[] cps = pattern.codePoints().toArray();
    int pos = 0;
    for (int token = 0; pos < cps.length; token++) {
      int ch = cps[pos++];
      if (ch == '*') {
        if (pos < cps.length && cps[pos] == '*') {
          pos++;
          if (pos < cps.length && cps[pos] == '/') {
            pos++; // "**/" is "**"
          }
          if (pos >= cps.length) {
            if (type.equals("exact")) {
              type = "prefix";
            } else {
              regex.append(".*");
              type = "regex";
            }
          } else {
            regex.append("(.*/)?");
            type = "regex";
          }
          if (token == 0) {
            type = "suffix";
          }
        } else {
          regex.append("[^/]*");
          type = "regex";
        }
      } else if (ch == '?') {
        regex.append("[^/]");
        type = "regex";
      } else if (".+()|{}$".indexOf(ch) >= 0) {
        regex.append('\\').appendCodePoint(ch);
      } else if (ch == '\\') {
        if (pos < cps.length) {
          regex.append('\\').appendCodePoint(cps[pos++]);
          type = "regex";
        } else {
          regex.append("\\\\");
        }
      } else if (ch == '[' || ch == ']') {
        regex.appendCodePoint(ch);
        type = "regex";
      } else {
        regex.appendCodePoint(ch);
      }
    }
    return switch (type) {
      case "exact" -> new Exact(pattern);
      case "prefix" -> new Prefix(pattern.substring(0, pattern.length() - 2));
      case "suffix" -> new Suffix(pattern.substring(2));
      default -> {
        try {
          yield new Regex(Pattern.compile(regex.append('$').toString(), Pattern.DOTALL));
        } catch (PatternSyntaxException e) {
          yield new Bad();
        }
      }
    };
  }

  /** Go's {@code filepath.Dir} on a slash path. */
  private static String dir(String path) {
    int slash = path.lastIndexOf('/');
    return clean(slash < 0 ? "" : path.substring(0, slash + 1));
  }

  /** Go's {@code path.Clean}: lexical, {@code ""} is {@code .}. */
  public static String clean(String path) {
    if (path.isEmpty()) {
      return ".";
    }
    boolean rooted = path.startsWith("/");
    Deque<String> parts = new ArrayDeque<>();
    for (String p : path.split("/")) {
      if (p.isEmpty() || p.equals(".")) {
        continue;
      }
      if (p.equals("..")) {
        if (!parts.isEmpty() && !parts.peekLast().equals("..")) {
          parts.pollLast();
        } else if (!rooted) {
          parts.addLast("..");
        }
      } else {
        parts.addLast(p);
      }
    }
    String joined = String.join("/", parts);
    if (rooted) {
      return "/" + joined;
    }
    return joined.isEmpty() ? "." : joined;
  }
}
