package dev.dockwright.lint;

import dev.dockwright.lint.config.LintConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tests rules against Dockerfiles that carry their expected findings inline, Error Prone style.
 *
 * <h2>The convention</h2>
 *
 * A comment line {@code # expect: CODE} states that a finding with that code starts on the line
 * right below it. Several codes: {@code # expect: DL3008, DL3015}. A code may be followed by a
 * quoted fragment the message must contain: {@code # expect: DL3008 "curl"}. Several marker lines
 * may be stacked above one line. Marker lines are removed before linting, so the rule sees the
 * Dockerfile exactly as it would be without them and line numbers refer to that text; a finding
 * on a continuation line is marked by a marker between the continued lines.
 *
 * <pre>{@code
 * RuleTester.of(new AptGetPinVersions()).check("""
 *     FROM debian:12
 *     # expect: DL3008 "curl"
 *     RUN apt-get update && apt-get install -y curl
 *     RUN apt-get install -y curl=8.5.0-2
 *     """);
 * }</pre>
 *
 * {@link #check} fails unless the findings are exactly those marked: a missing one, an unexpected
 * one, or one on another line fails with the Dockerfile printed beside the actual findings. A
 * Dockerfile without markers must give no finding at all ({@link #checkClean} says so by name).
 * Only the rules given run; configuration, pragmas and check directives apply as in a real run.
 */
public final class RuleTester {

  private static final Pattern MARKER = Pattern.compile("^\\s*#\\s*expect:(.*)$");
  private static final Pattern EXPECTATION =
      Pattern.compile("\\s*([A-Za-z0-9_.-]+)(?:\\s+\"([^\"]*)\")?\\s*");

  private final Linter linter;
  private LintConfig config = LintConfig.DEFAULTS;
  private LintOptions options = LintOptions.DEFAULT;
  private Path contextDir;

  private final String fileName;

  private RuleTester(RuleRegistry registry) {
    this.linter = new Linter(registry);
    // Compose rules are tested on Compose files: the same # expect: markers are YAML comments.
    boolean compose = !registry.entries().isEmpty() && registry.entries().stream()
        .allMatch(e -> e.info().files() == FileKind.COMPOSE);
    this.fileName = compose ? "compose.yaml" : "Dockerfile";
  }

  public static RuleTester of(LintRule... rules) {
    return new RuleTester(RuleRegistry.of(rules));
  }

  /** Lints with these settings (default: {@link LintConfig#DEFAULTS}). */
  public RuleTester config(LintConfig config) {
    this.config = config;
    return this;
  }

  /** Lints with these options (default: {@link LintOptions#DEFAULT}). */
  public RuleTester options(LintOptions options) {
    this.options = options;
    return this;
  }

  /**
   * Lints as if the Dockerfile were {@code dir/Dockerfile} (a Compose file {@code
   * dir/compose.yaml}): {@code dir} is the build context (its {@code .dockerignore}, the project's
   * files) or the Compose project directory. By default there is none, as for stdin.
   */
  public RuleTester context(Path dir) {
    this.contextDir = dir;
    return this;
  }

  /** One expected finding. */
  record Expected(String code, int line, String fragment) {
    boolean matches(Finding f) {
      return f.code().equals(code) && f.line() == line
          && (fragment == null || f.message().contains(fragment));
    }

    @Override
    public String toString() {
      return "line " + line + " " + code + (fragment == null ? "" : " \"" + fragment + "\"");
    }
  }

  /** A Dockerfile with its markers taken out. */
  record Annotated(String text, List<Expected> expected) {}

  /**
   * Lints the annotated Dockerfile and asserts the findings are exactly the marked ones. Returns
   * the findings for further assertions (messages, fixes).
   */
  public List<Finding> check(String annotatedDockerfile) {
    Annotated annotated = parseMarkers(annotatedDockerfile);
    LintResult result = lint(annotated.text());
    List<Finding> unexpected = new ArrayList<>(result.findings());
    List<Expected> missing = new ArrayList<>();
    for (Expected expected : annotated.expected()) {
      Finding match = unexpected.stream().filter(expected::matches).findFirst().orElse(null);
      if (match == null) {
        missing.add(expected);
      } else {
        unexpected.remove(match);
      }
    }
    if (!missing.isEmpty() || !unexpected.isEmpty()) {
      StringBuilder b = new StringBuilder("findings differ from the # expect: markers\n");
      missing.forEach(m -> b.append("  missing:    ").append(m).append('\n'));
      unexpected.forEach(f -> b.append("  unexpected: line ").append(f.line()).append(' ')
          .append(f.code()).append(" \"").append(f.message()).append("\"\n"));
      b.append("the Dockerfile as linted, with the actual findings:\n");
      b.append(annotate(annotated.text(), result.findings()));
      throw new AssertionError(b.toString());
    }
    return result.findings();
  }

  /** Asserts that the Dockerfile (which must not contain markers) gives no finding. */
  public void checkClean(String dockerfile) {
    if (!parseMarkers(dockerfile).expected().isEmpty()) {
      throw new IllegalArgumentException("checkClean takes a Dockerfile without # expect: lines");
    }
    check(dockerfile);
  }

  /**
   * Asserts that every rule's documented bad example triggers it and its good example does not
   * (the examples of {@link RuleSpec} are part of the documentation users read).
   */
  public void checkDocumentationExamples() {
    for (RuleRegistry.Entry entry : linter.registry().entries()) {
      RuleInfo info = entry.info();
      LintConfig base = exampleConfig(entry.rule());
      RuleTester single = new RuleTester(RuleRegistry.of(entry.rule())).config(
          base.withSeverity(info.code(), info.defaultSeverity()));
      RuleSpec spec = entry.rule().getClass().getAnnotation(RuleSpec.class);
      if (!spec.dockerignore().isEmpty() || spec.exampleFiles().length > 0) {
        single.context(buildContext(spec.dockerignore(), spec.exampleFiles()));
      }
      List<Finding> bad = single.lint(info.bad()).findings();
      // A rule forwarding ShellCheck reports under ShellCheck's codes, not its own.
      boolean forwards = info.origin() == Origin.SHELLCHECK;
      if (bad.stream().noneMatch(f -> forwards ? f.code().startsWith("SC")
          : f.code().equals(info.code()))) {
        throw new AssertionError(info.code() + ": the documented bad example does not trigger"
            + " the rule:\n" + info.bad());
      }
      List<Finding> good = single.lint(info.good()).findings();
      if (!good.isEmpty()) {
        throw new AssertionError(info.code() + ": the documented good example triggers it:\n"
            + annotate(info.good(), good));
      }
    }
  }

  /** The rule's {@link RuleSpec#exampleConfig()} over this tester's settings, or these settings. */
  private LintConfig exampleConfig(LintRule rule) {
    String yaml = rule.getClass().getAnnotation(RuleSpec.class).exampleConfig();
    return yaml.isEmpty() ? config
        : dev.dockwright.lint.config.ConfigLoader.parse(yaml, null, "exampleConfig");
  }

  /**
   * A fresh directory holding this {@code .dockerignore} (when not empty) and the example files
   * ({@link RuleSpec#exampleFiles()}: path, content, path, content...).
   */
  private static Path buildContext(String dockerignore, String[] files) {
    try {
      Path dir = Files.createTempDirectory("dockwright-context");
      dir.toFile().deleteOnExit();
      if (!dockerignore.isEmpty()) {
        Files.writeString(dir.resolve(".dockerignore"), dockerignore).toFile().deleteOnExit();
      }
      for (int i = 0; i + 1 < files.length; i += 2) {
        Path file = dir.resolve(files[i]);
        Files.createDirectories(file.getParent());
        file.getParent().toFile().deleteOnExit();
        Files.writeString(file, files[i + 1]).toFile().deleteOnExit();
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The Dockerfile after applying the fix of every finding (which must not overlap). */
  public String applyFixes(String dockerfile) {
    List<TextEdit> edits = new ArrayList<>();
    for (Finding f : lint(dockerfile).findings()) {
      f.fix().ifPresent(fix -> edits.addAll(fix.edits()));
    }
    return edits.isEmpty() ? dockerfile : new Fix("all", true, edits).applyTo(dockerfile);
  }

  /** Lints without checking expectations. */
  public LintResult lint(String dockerfile) {
    SourceFile file = contextDir == null ? SourceFile.of(fileName, dockerfile)
        : new SourceFile(fileName, Optional.of(contextDir.resolve(fileName)), dockerfile);
    LintResult result = linter.lint(file, config, options);
    if (!result.inputErrors().isEmpty()) {
      throw new AssertionError("the test Dockerfile does not parse: "
          + result.inputErrors().get(0).message() + " (line " + result.inputErrors().get(0).line()
          + ")\n" + dockerfile);
    }
    if (!result.internalErrors().isEmpty()) {
      throw new AssertionError("a rule crashed: " + result.internalErrors());
    }
    return result;
  }

  static Annotated parseMarkers(String text) {
    StringBuilder kept = new StringBuilder();
    List<Expected> expected = new ArrayList<>();
    List<String[]> pending = new ArrayList<>();
    int keptLines = 0;
    String[] lines = text.split("(?<=\n)", -1);
    for (String line : lines) {
      if (line.isEmpty()) {
        continue;
      }
      Matcher marker = MARKER.matcher(line.stripTrailing());
      if (marker.matches()) {
        for (String item : marker.group(1).split(",")) {
          Matcher m = EXPECTATION.matcher(item);
          if (!m.matches()) {
            throw new IllegalArgumentException("bad marker item '" + item + "' in: " + line);
          }
          pending.add(new String[] {m.group(1), m.group(2)});
        }
        continue;
      }
      keptLines++;
      for (String[] p : pending) {
        expected.add(new Expected(p[0], keptLines, p[1]));
      }
      pending.clear();
      kept.append(line);
    }
    if (!pending.isEmpty()) {
      throw new IllegalArgumentException("a # expect: marker at the end points at no line");
    }
    return new Annotated(kept.toString(), expected);
  }

  private static String annotate(String text, List<Finding> findings) {
    StringBuilder b = new StringBuilder();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (i == lines.length - 1 && lines[i].isEmpty()) {
        break;
      }
      int line = i + 1;
      b.append(String.format("%4d | %s%n", line, lines[i]));
      for (Finding f : findings) {
        if (f.line() == line) {
          b.append("     | ").append(" ".repeat(Math.max(0, f.column() - 1))).append("^ ")
              .append(f.code()).append(' ').append(f.message()).append('\n');
        }
      }
    }
    return b.toString();
  }
}
