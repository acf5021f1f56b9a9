package dev.dockwright;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packages read as the data flows: Dockerfile syntax → model → lint framework → rules → fixes
 * and reports; Python project → generator; engine → verifier; the CLI on top. A component (a
 * package directly under {@code dev.dockwright}, with its sub-packages) may use only what it is
 * declared to build on, directly or through those, so nothing reaches up or across. The source
 * files are read, not the classes: every {@code dev.dockwright.x} name outside comments and
 * string literals counts (imports, static imports and qualified names alike).
 */
class ArchitectureTest {

  /** Each component and the components it builds on directly; a new package is declared here. */
  static final Map<String, Set<String>> BUILDS_ON = Map.ofEntries(
      Map.entry("io", Set.of()),
      Map.entry("secrets", Set.of()),
      // .dockerignore semantics: the lint's CopyIgnoredFile and the engine's build context both
      // match with it, and neither may use the other's layer.
      Map.entry("ignore", Set.of("io")),
      Map.entry("syntax", Set.of("io")),
      Map.entry("shell", Set.of("io")),
      Map.entry("model", Set.of("syntax", "shell")),
      Map.entry("compose", Set.of("model")),
      Map.entry("lint", Set.of("model", "compose")),
      Map.entry("rules", Set.of("lint", "secrets", "ignore")),
      Map.entry("fix", Set.of("lint")),
      Map.entry("report", Set.of("lint")),
      Map.entry("python", Set.of("io")),
      Map.entry("generate", Set.of("python")),
      Map.entry("convert", Set.of("model", "generate")),
      Map.entry("image", Set.of("io")),
      // The build maps a builder's steps to Dockerfile lines and spots BuildKit-only syntax by
      // reading the one Dockerfile parser's tree (syntax is the bottom layer; no second reader).
      Map.entry("engine", Set.of("io", "ignore", "syntax")),
      Map.entry("verify", Set.of("engine", "image", "secrets")),
      Map.entry("cli", Set.of("rules", "fix", "report", "convert", "verify")));

  private static final Path MAIN = Path.of("src/main/java/dev/dockwright");

  @Test
  void noComponentUsesOneItDoesNotBuildOn() {
    assertThat(violations(MAIN, BUILDS_ON)).isEmpty();
  }

  @Test
  void theDeclaredLayersHaveNoCycle() {
    for (String component : BUILDS_ON.keySet()) {
      assertThat(reachable(component, BUILDS_ON)).as(component).doesNotContain(component);
    }
  }

  @Test
  void anUpwardOrUndeclaredUseIsReported(@TempDir Path root) throws IOException {
    write(root, "model/Stage.java", """
        package dev.dockwright.model;

        import dev.dockwright.syntax.Instruction; // allowed: model builds on syntax
        /** Mentions {@link dev.dockwright.lint.Linter} only in a comment. */
        class Stage {
          String s = "dev.dockwright.rules.Text";
          dev.dockwright.lint.Finding finding;
        }
        """);
    write(root, "syntax/expand/Expander.java", """
        package dev.dockwright.syntax.expand;

        import static dev.dockwright.model.Scope.of;
        class Expander {}
        """);
    write(root, "newthing/Thing.java", "package dev.dockwright.newthing;\nclass Thing {}\n");
    assertThat(violations(root, BUILDS_ON)).containsExactly(
        "dev.dockwright.model.Stage uses dev.dockwright.lint (model builds on [io, shell, syntax])",
        "dev.dockwright.newthing.Thing is in a package ArchitectureTest does not declare",
        "dev.dockwright.syntax.expand.Expander uses dev.dockwright.model (syntax builds on [io])");
  }

  // ---------------------------------------------------------------------------------- checker

  private static final Pattern PACKAGE = Pattern.compile("^package dev\\.dockwright\\.([a-z][a-z0-9]*)",
      Pattern.MULTILINE);
  private static final Pattern USE = Pattern.compile("\\bdev\\.dockwright\\.([a-z][a-z0-9]*)\\b");
  /** One line per source file and component it may not use, sorted. */
  static List<String> violations(Path root, Map<String, Set<String>> buildsOn) {
    Set<String> out = new TreeSet<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
        String code = codeOnly(Files.readString(file));
        Matcher pkg = PACKAGE.matcher(code);
        assertTrue(pkg.find(), () -> file + " has no dev.dockwright package");
        String component = pkg.group(1);
        String type = "dev.dockwright." + root.relativize(file).toString()
            .replace('/', '.').replaceFirst("\\.java$", "");
        if (!buildsOn.containsKey(component)) {
          out.add(type + " is in a package ArchitectureTest does not declare");
          continue;
        }
        Set<String> allowed = reachable(component, buildsOn);
        Matcher use = USE.matcher(code);
        while (use.find()) {
          String used = use.group(1);
          if (!used.equals(component) && !allowed.contains(used)) {
            out.add(type + " uses dev.dockwright." + used + " (" + component + " builds on "
                + new TreeSet<>(allowed) + ")");
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ArrayList<>(out);
  }

  /**
   * The source without comments, text blocks, string and char literals (each becomes a blank):
   * names in them are not uses.
   */
  static String codeOnly(String source) {
    StringBuilder out = new StringBuilder(source.length());
    int i = 0;
    int n = source.length();
    while (i < n) {
      int end;
      if (source.startsWith("//", i)) {
        end = source.indexOf('\n', i);
      } else if (source.startsWith("/*", i)) {
        end = source.indexOf("*/", i + 2);
        end = end < 0 ? n : end + 2;
      } else if (source.startsWith("\"\"\"", i)) {
        end = source.indexOf("\"\"\"", i + 3);
        while (end > 0 && source.charAt(end - 1) == '\\') { // an escaped quote inside
          end = source.indexOf("\"\"\"", end + 1);
        }
        end = end < 0 ? n : end + 3;
      } else if (source.charAt(i) == '"' || source.charAt(i) == '\'') {
        char quote = source.charAt(i);
        end = i + 1;
        while (end < n && source.charAt(end) != quote) {
          end += source.charAt(end) == '\\' ? 2 : 1;
        }
        end = Math.min(end + 1, n);
      } else {
        out.append(source.charAt(i++));
        continue;
      }
      out.append(' ');
      i = end < 0 ? n : end;
    }
    return out.toString();
  }

  /** Everything {@code component} builds on, directly or through others. */
  static Set<String> reachable(String component, Map<String, Set<String>> buildsOn) {
    Set<String> seen = new LinkedHashSet<>();
    Deque<String> todo = new ArrayDeque<>(buildsOn.getOrDefault(component, Set.of()));
    while (!todo.isEmpty()) {
      String next = todo.pop();
      if (seen.add(next)) {
        todo.addAll(buildsOn.getOrDefault(next, Set.of()));
      }
    }
    return seen;
  }

  private static void write(Path root, String relative, String text) throws IOException {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
