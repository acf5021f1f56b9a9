package dev.dockwright.syntax;

import dev.dockwright.testsupport.SharedData;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * BuildKit's own parser tests, read from {@code ../shared/conformance/buildkit-parser}: the 33
 * dump testfiles, the 4 negative files and the parser unit cases. Prints a score per suite.
 */
class BuildkitConformanceTest {
  private static final String DIR = "conformance/buildkit-parser";

  /** Unit-case kinds that belong to the variable-expansion lexer, not to the parser. */
  private static final Set<String> NOT_PARSER = Set.of("env-expansion", "env-expansion-matches",
      "env-getter", "shell-words", "shell-pattern-regex", "shell-reverse-string", "shell-reverse-pattern");

  @TestFactory
  Stream<DynamicTest> testfilesDumpExactly() throws IOException {
    List<Path> dirs = dirs(SharedData.require(DIR).resolve("testfiles"));
    List<DynamicTest> tests = new ArrayList<>();
    int passed = 0;
    for (Path dir : dirs) {
      String text = read(dir.resolve("Dockerfile"));
      String expected = read(dir.resolve("result"));
      ParseResult result = DockerfileParser.parse(text);
      String dump = Dump.of(result.dockerfile());
      boolean ok = !result.hasErrors() && dump.equals(expected) && result.dockerfile().print().equals(text);
      passed += ok ? 1 : 0;
      tests.add(DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
        assertThat(result.errors()).isEmpty();
        assertThat(dump).isEqualTo(expected);
        TreeInvariants.check(text, result);
      }));
    }
    System.out.printf("buildkit-parser testfiles %d/%d%n", passed, dirs.size());
    assertThat(dirs).hasSize(33);
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> negativeTestfilesFailWithPositionedError() throws IOException {
    List<Path> dirs = dirs(SharedData.require(DIR).resolve("testfiles-negative"));
    Map<String, String> messages = Map.of(
        "empty_dockerfile", "file with no instructions",
        "only_comments", "file with no instructions",
        "env_no_value", "ENV must have two arguments",
        "shykes-nested-json", "when using JSON array syntax, arrays must be comprised of strings only");
    int passed = 0;
    List<DynamicTest> tests = new ArrayList<>();
    for (Path dir : dirs) {
      String text = read(dir.resolve("Dockerfile"));
      ParseResult result = DockerfileParser.parse(text);
      Optional<Diagnostic> error = result.firstError();
      String name = dir.getFileName().toString();
      passed += error.map(e -> e.message().equals(messages.get(name))).orElse(false) ? 1 : 0;
      tests.add(DynamicTest.dynamicTest(name, () -> {
        assertThat(error).isPresent();
        assertThat(error.get().message()).isEqualTo(messages.get(name));
        assertThat(error.get().range().start().line()).isPositive();
        TreeInvariants.check(text, result);
      }));
    }
    System.out.printf("buildkit-parser negatives %d/%d%n", passed, dirs.size());
    assertThat(dirs).hasSize(4);
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> unitCases() throws IOException {
    Path file = SharedData.require(DIR).resolve("unit-cases.jsonl");
    ObjectMapper json = new ObjectMapper();
    Map<String, int[]> score = new TreeMap<>();
    List<DynamicTest> tests = new ArrayList<>();
    for (String l : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (l.isBlank()) {
        continue;
      }
      JsonNode c = json.readTree(l);
      String kind = c.get("kind").asText();
      if (NOT_PARSER.contains(kind)) {
        continue;
      }
      String failure = UnitCases.check(c);
      int[] s = score.computeIfAbsent(kind, k -> new int[2]);
      s[0] += failure == null ? 1 : 0;
      s[1]++;
      tests.add(DynamicTest.dynamicTest(c.get("id").asText() + " (" + kind + ")", () -> {
        if (failure != null) {
          fail(failure);
        }
      }));
    }
    int passed = 0;
    int total = 0;
    for (var e : score.entrySet()) {
      System.out.printf("buildkit-parser unit %s %d/%d%n", e.getKey(), e.getValue()[0], e.getValue()[1]);
      passed += e.getValue()[0];
      total += e.getValue()[1];
    }
    System.out.printf("buildkit-parser unit cases %d/%d%n", passed, total);
    return tests.stream();
  }

  private static List<Path> dirs(Path root) throws IOException {
    try (Stream<Path> s = Files.list(root)) {
      return s.filter(Files::isDirectory).sorted().toList();
    }
  }

  static String read(Path p) throws IOException {
    return new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
  }
}
