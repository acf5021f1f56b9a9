package dev.dockwright.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dockwright.lint.CheckOptions;
import dev.dockwright.lint.Finding;
import dev.dockwright.lint.LintOptions;
import dev.dockwright.lint.SourceFile;
import dev.dockwright.rules.buildkit.BuildkitCheck;
import dev.dockwright.syntax.DockerfileParser;
import dev.dockwright.testsupport.SharedData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * BuildKit's own build-check tests ({@code ../shared/conformance/buildkit-checks/cases.jsonl},
 * format in the README beside it) run through {@link BuildkitCheck}: each case's Dockerfile, its
 * {@code .dockerignore} and its build arguments ({@code BUILDKIT_DOCKERFILE_CHECK} included) are
 * written to a fresh build context directory, as BuildKit's harness does, and the rule names,
 * details, lines (where the case says BuildKit checks them) and the check error must match
 * exactly. A {@code lint violation found for rules: ...} error is compared as a set of rule names
 * (BuildKit joins them in Go map order).
 *
 * <p>{@code main} prints {@code buildkit-checks N/M} and one line per mismatch, for
 * {@code scripts/conformance}.
 */
public final class BuildkitChecksConformance {

  public static final String CASES = "conformance/buildkit-checks/cases.jsonl";
  private static final String LINT_VIOLATION = "lint violation found for rules: ";

  /** One expected warning. */
  public record Warning(String rule, String detail, int line, boolean lineChecked) {
    @Override
    public String toString() {
      return rule + ": " + detail + " (line " + line + (lineChecked ? "" : ", unchecked") + ")";
    }
  }

  /** One case of the file. */
  public record Case(String id, String dockerfile, Optional<String> dockerignore,
      Map<String, String> buildArgs, List<Warning> expected, Optional<String> checkError,
      String notes) {}

  /** What dockwright gave for a case, and whether it is what BuildKit gives. */
  public record Outcome(Case testCase, List<Warning> actual, Optional<String> error,
      List<String> differences) {
    public boolean matches() {
      return differences.isEmpty();
    }

    public String describe() {
      return testCase.id() + ": " + String.join("; ", differences);
    }
  }

  private BuildkitChecksConformance() {}

  /** The cases file, wherever the shared data is (it may not exist). */
  public static Path casesFile() {
    return SharedData.root().resolve(CASES);
  }

  public static List<Case> load(Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Case> cases = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode c = json.readTree(line);
      Map<String, String> args = new LinkedHashMap<>();
      JsonNode buildArgs = c.path("build_args");
      buildArgs.fieldNames().forEachRemaining(k -> args.put(k, buildArgs.get(k).asText()));
      List<Warning> expected = new ArrayList<>();
      for (JsonNode w : c.path("expected")) {
        expected.add(new Warning(w.get("rule").asText(), w.get("detail").asText(),
            w.get("line").asInt(), w.path("line_checked").asBoolean(true)));
      }
      JsonNode error = c.path("check_error");
      cases.add(new Case(c.get("id").asText(), c.get("dockerfile").asText(),
          c.path("dockerignore").isTextual() ? Optional.of(c.get("dockerignore").asText())
              : Optional.empty(),
          args, expected,
          error.isObject() ? Optional.of(error.get("equals").asText()) : Optional.empty(),
          c.path("notes").asText("")));
    }
    return cases;
  }

  /** Runs one case in a fresh build context directory. */
  public static Outcome run(Case c) {
    Path dir = null;
    try {
      dir = Files.createTempDirectory("buildkit-check");
      Path dockerfile = dir.resolve("Dockerfile");
      Files.writeString(dockerfile, c.dockerfile(), StandardCharsets.UTF_8);
      if (c.dockerignore().isPresent()) {
        Files.writeString(dir.resolve(".dockerignore"), c.dockerignore().get(),
            StandardCharsets.UTF_8);
      }
      Map<String, String> buildArgs = new LinkedHashMap<>(c.buildArgs());
      Optional<CheckOptions> override = Optional.empty();
      String check = buildArgs.remove(LintOptions.CHECK_BUILD_ARG);
      if (check != null) {
        try {
          override = Optional.of(CheckOptions.parse(check));
        } catch (CheckOptions.InvalidCheckOptions e) {
          return compare(c, List.of(),
              Optional.of("failed to parse check options: " + e.getMessage()));
        }
      }
      SourceFile file = SourceFile.read(dockerfile, "Dockerfile");
      BuildkitCheck.Result result = BuildkitCheck.run(file,
          DockerfileParser.parse(file.name(), file.text()),
          new LintOptions(override, Optional.empty(), buildArgs));
      List<Warning> actual = new ArrayList<>();
      for (Finding f : result.warnings()) {
        actual.add(new Warning(f.code(), f.message(), f.line(), true));
      }
      return compare(c, actual, result.error());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      deleteQuietly(dir);
    }
  }

  static Outcome compare(Case c, List<Warning> actual, Optional<String> error) {
    List<String> differences = new ArrayList<>();
    List<Warning> unmatched = new ArrayList<>(actual);
    for (Warning expected : c.expected()) {
      Optional<Warning> hit = unmatched.stream()
          .filter(a -> a.rule().equals(expected.rule()) && a.detail().equals(expected.detail())
              && (!expected.lineChecked() || a.line() == expected.line()))
          .findFirst();
      if (hit.isPresent()) {
        unmatched.remove(hit.get());
      } else {
        differences.add("missing " + expected);
      }
    }
    unmatched.forEach(a -> differences.add("unexpected " + a));
    if (!sameError(c.checkError(), error)) {
      differences.add("check error " + error.map(e -> "\"" + e + "\"").orElse("none")
          + ", expected " + c.checkError().map(e -> "\"" + e + "\"").orElse("none"));
    }
    return new Outcome(c, actual, error, differences);
  }

  private static boolean sameError(Optional<String> expected, Optional<String> actual) {
    if (expected.isEmpty() || actual.isEmpty()) {
      return expected.isEmpty() && actual.isEmpty();
    }
    String e = expected.get();
    String a = actual.get();
    if (e.startsWith(LINT_VIOLATION) && a.startsWith(LINT_VIOLATION)) {
      return ruleSet(e).equals(ruleSet(a));
    }
    return e.equals(a);
  }

  private static Set<String> ruleSet(String message) {
    return new TreeSet<>(Arrays.asList(message.substring(LINT_VIOLATION.length()).split(", ")));
  }

  private static void deleteQuietly(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // a temporary directory left behind is harmless
    }
  }

  /**
   * Prints {@code buildkit-checks N/M} and the mismatches; {@code -v} also prints what every case
   * gave. An argument other than {@code -v} is the cases file.
   */
  public static void main(String[] args) throws IOException {
    boolean verbose = Arrays.asList(args).contains("-v");
    Path file = Arrays.stream(args).filter(a -> !a.equals("-v")).findFirst().map(Path::of)
        .orElse(casesFile());
    if (!Files.exists(file)) {
      System.out.println("buildkit-checks skipped (" + file + " not found)");
      return;
    }
    List<Outcome> outcomes = load(file).stream().map(BuildkitChecksConformance::run).toList();
    long passed = outcomes.stream().filter(Outcome::matches).count();
    System.out.println("buildkit-checks " + passed + "/" + outcomes.size());
    for (Outcome o : outcomes) {
      if (verbose) {
        System.out.println("  " + (o.matches() ? "ok " : "BAD ") + o.testCase().id());
        o.actual().forEach(w -> System.out.println("      " + w));
        o.error().ifPresent(e -> System.out.println("      error: " + e));
      }
      if (!o.matches()) {
        System.out.println("  mismatch " + o.describe());
      }
    }
  }
}
