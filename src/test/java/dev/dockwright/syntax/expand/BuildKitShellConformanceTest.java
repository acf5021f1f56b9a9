package dev.dockwright.syntax.expand;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dockwright.syntax.GoText;
import dev.dockwright.testsupport.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * BuildKit's own shell-lexer tests, run against {@link VariableExpander}: the expansion kinds of
 * {@code buildkit-parser/unit-cases.jsonl} and the raw {@code buildkit-shell/envVarTest} and
 * {@code wordsTest} files (read with the rules of that folder's README). Prints one score line per
 * kind. Skipped when the shared reference data is absent.
 */
class BuildKitShellConformanceTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> KINDS = List.of("env-expansion", "env-expansion-matches",
      "env-getter", "shell-words", "shell-pattern-regex", "shell-reverse-pattern",
      "shell-reverse-string");

  /** One case: its id and what went wrong (null when it agrees with BuildKit). */
  private record Outcome(String id, String mismatch) {}

  @TestFactory
  Stream<DynamicNode> unitCases() throws IOException {
    Path file = SharedData.require("conformance/buildkit-parser/unit-cases.jsonl");
    Map<String, List<Outcome>> byKind = new LinkedHashMap<>();
    KINDS.forEach(k -> byKind.put(k, new ArrayList<>()));
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode c = JSON.readTree(line);
      List<Outcome> outcomes = byKind.get(c.get("kind").asText());
      if (outcomes != null) {
        outcomes.add(new Outcome(c.get("id").asText(), check(c)));
      }
    }
    return report("unit-cases", byKind);
  }

  @TestFactory
  Stream<DynamicNode> rawDataFiles() throws IOException {
    Path dir = SharedData.require("conformance/buildkit-shell");
    Map<String, List<Outcome>> byKind = new LinkedHashMap<>();
    byKind.put("envVarTest", envVarTest(dir.resolve("envVarTest")));
    byKind.put("wordsTest", wordsTest(dir.resolve("wordsTest")));
    return report("data-files", byKind);
  }

  private static Stream<DynamicNode> report(String suite, Map<String, List<Outcome>> byKind) {
    List<DynamicNode> containers = new ArrayList<>();
    byKind.forEach((kind, outcomes) -> {
      long passed = outcomes.stream().filter(o -> o.mismatch() == null).count();
      System.out.printf("buildkit-shell %s %s %d/%d%n", suite, kind, passed, outcomes.size());
      containers.add(DynamicContainer.dynamicContainer(kind, outcomes.stream().map(o ->
          DynamicTest.dynamicTest(o.id(), () -> assertThat(o.mismatch()).as(o.id()).isNull()))));
    });
    return containers.stream();
  }

  // ---- unit-cases.jsonl -------------------------------------------------------------------

  private static String check(JsonNode c) {
    JsonNode expected = c.get("expected");
    return switch (c.get("kind").asText()) {
      case "env-expansion", "env-expansion-matches", "shell-words" -> checkExpansion(c, expected);
      case "env-getter" -> {
        Env env = Env.fromEntries(strings(c.get("input").get("env")));
        String actual = Objects.requireNonNullElse(env.get(c.get("input").get("key").asText()), "");
        yield differ(expected.asText(), actual);
      }
      case "shell-pattern-regex" -> {
        String actual;
        try {
          actual = ShellPattern.parse(c.get("input").asText())
              .toGoRegex(c.get("greedy").asBoolean(), c.get("anchored").asBoolean());
        } catch (ShellWord.LexError e) {
          actual = null;
        }
        yield expected.get("error").asBoolean()
            ? (actual == null ? null : "expected an error, got " + actual)
            : differ(expected.get("regex").asText(), actual);
      }
      case "shell-reverse-pattern" ->
          differ(expected.asText(), ShellPattern.reversePattern(c.get("input").asText()));
      case "shell-reverse-string" ->
          differ(expected.asText(), ShellPattern.reverseString(c.get("input").asText()));
      default -> throw new IllegalArgumentException(c.get("kind").asText());
    };
  }

  private static String checkExpansion(JsonNode c, JsonNode expected) {
    NameMatching matching = "windows".equals(c.path("platform").asText())
        ? NameMatching.WINDOWS : NameMatching.UNIX;
    Env env;
    JsonNode envNode = c.get("env");
    if (envNode.isObject()) {
      Map<String, String> map = new LinkedHashMap<>();
      envNode.fields().forEachRemaining(e -> map.put(e.getKey(), e.getValue().asText()));
      env = Env.of(map, matching);
    } else {
      env = Env.fromEntries(strings(envNode), matching);
    }
    JsonNode opts = c.path("lexer_options");
    ExpansionOptions options = new ExpansionOptions(opts.path("RawQuotes").asBoolean(),
        opts.path("RawEscapes").asBoolean(), opts.path("SkipUnsetEnv").asBoolean(),
        opts.path("SkipProcessQuotes").asBoolean());
    char escape = c.path("escape_token").asText("\\").charAt(0);
    Expansion actual = new VariableExpander(escape, options).expand(c.get("input").asText(), env);
    return compare(expected, actual);
  }

  private static String compare(JsonNode expected, Expansion actual) {
    if (expected.get("error").asBoolean()) {
      if (!actual.failed()) {
        return "expected an error, got " + show(actual);
      }
      String contains = expected.path("error_contains").asText(null);
      return contains == null || actual.error().contains(contains) ? null
          : "error '" + actual.error() + "' does not contain '" + contains + "'";
    }
    if (actual.failed()) {
      return "unexpected error: " + actual.error();
    }
    if (expected.has("result") && !expected.get("result").asText().equals(actual.text())) {
      return differ(expected.get("result").asText(), actual.text());
    }
    if (expected.has("words") && !strings(expected.get("words")).equals(actual.words())) {
      return "words: expected " + strings(expected.get("words")) + ", got " + actual.words();
    }
    if (expected.has("matched")
        && !new HashSet<>(strings(expected.get("matched"))).equals(actual.matched())) {
      return "matched: expected " + expected.get("matched") + ", got " + actual.matched();
    }
    if (expected.has("unmatched")
        && !new HashSet<>(strings(expected.get("unmatched"))).equals(actual.unmatched())) {
      return "unmatched: expected " + expected.get("unmatched") + ", got " + actual.unmatched();
    }
    return null;
  }

  // ---- the raw data files, read as BuildKit's lex_test.go reads them -------------------------

  private static List<Outcome> envVarTest(Path file) throws IOException {
    List<Outcome> outcomes = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.startsWith("#") || line.strip().isEmpty()) {
        continue;
      }
      String id = "envVarTest:" + (i + 1);
      String[] fields = line.strip().split("\\|", -1);
      if (fields.length != 3) {
        outcomes.add(new Outcome(id, "malformed data line"));
        continue;
      }
      String platform = fields[0].strip();
      NameMatching matching = platform.equals("W") ? NameMatching.WINDOWS : NameMatching.UNIX;
      Env env = Env.fromEntries(List.of("PWD=/home", "SHELL=bash", "KOREAN=한국어", "NULL="), matching);
      String expected = fields[2].strip();
      Expansion actual = new VariableExpander().expand(fields[1].strip(), env);
      String mismatch;
      if (expected.equals("error")) {
        mismatch = actual.failed() ? null : "expected an error, got " + show(actual);
      } else {
        mismatch = actual.failed() ? "unexpected error: " + actual.error()
            : differ(expected, actual.text());
      }
      outcomes.add(new Outcome(id, mismatch));
    }
    return outcomes;
  }

  private static List<Outcome> wordsTest(Path file) throws IOException {
    Map<String, String> env = new TreeMap<>();
    List<Outcome> outcomes = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("ENV ")) {
        String entry = line.substring(4).stripLeading();
        int eq = entry.indexOf('=');
        env.put(entry.substring(0, eq), entry.substring(eq + 1));
        continue;
      }
      String id = "wordsTest:" + (i + 1);
      int bar = line.indexOf('|');
      if (bar < 0 || line.indexOf('|', bar + 1) >= 0) {
        outcomes.add(new Outcome(id, "malformed data line"));
        continue;
      }
      List<String> expected = List.of(line.substring(bar + 1).stripLeading().split(",", -1));
      Expansion actual = new VariableExpander().expand(line.substring(0, bar).strip(), Env.of(env));
      List<String> words = actual.failed() ? List.of("error") : actual.words();
      outcomes.add(new Outcome(id, expected.equals(words) ? null
          : "expected " + expected + ", got " + words));
    }
    return outcomes;
  }

  // ---- helpers -------------------------------------------------------------------------------

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static String differ(String expected, String actual) {
    return expected.equals(actual) ? null
        : "expected " + GoText.quote(expected) + ", got "
            + (actual == null ? "an error" : GoText.quote(actual));
  }

  private static String show(Expansion e) {
    return GoText.quote(e.text()) + " " + e.words();
  }
}
