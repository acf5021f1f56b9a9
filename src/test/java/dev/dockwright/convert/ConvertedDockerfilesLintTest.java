package dev.dockwright.convert;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.generate.GeneratedDockerfiles;
import dev.dockwright.generate.Target;
import dev.dockwright.syntax.DockerfileParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every conversion of every fixture (the hand-written ones under
 * {@code src/test/resources/convert} and every Dockerfile init writes, all targets and both
 * layouts) either refuses with {@link CannotConvert} or gives a Dockerfile that parses and that
 * the real linter finds no error in that the input did not have.
 */
class ConvertedDockerfilesLintTest {
  static final Path FIXTURES = Path.of("src/test/resources/convert");
  private static final Map<String, Integer> OUTCOMES = new java.util.concurrent.ConcurrentHashMap<>();

  static List<ConvertOptions> conversions() {
    List<ConvertOptions> out = new ArrayList<>();
    for (Layout l : Layout.values()) {
      out.add(ConvertOptions.to(l));
    }
    for (Target t : Target.values()) {
      out.add(ConvertOptions.target(t));
    }
    out.add(ConvertOptions.to(Layout.MULTI_STAGE).withTarget(Target.HF_SPACES));
    out.add(ConvertOptions.to(Layout.SINGLE_STAGE).withTarget(Target.CLOUD_RUN));
    out.add(ConvertOptions.to(Layout.MULTI_STAGE).withTarget(Target.PORT_8080));
    return out;
  }

  static Stream<Arguments> cases() {
    List<Arguments> out = new ArrayList<>();
    for (Map.Entry<String, String> input : inputs().entrySet()) {
      for (ConvertOptions o : conversions()) {
        out.add(Arguments.of(input.getKey(), input.getValue(), o));
      }
    }
    return out.stream();
  }

  /** Name to text: the hand-written fixtures, then what init writes for each project. */
  static Map<String, String> inputs() {
    Map<String, String> out = new java.util.LinkedHashMap<>();
    try (Stream<Path> files = Files.list(FIXTURES)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".Dockerfile")).sorted().toList()) {
        out.put(p.getFileName().toString(), Files.readString(p));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    GeneratedDockerfiles.cases().forEach(a -> {
      Object[] v = a.get();
      String name = "init " + v[0] + " " + ((Target) v[1]).id() + ((boolean) v[2] ? " single" : "");
      out.put(name, GeneratedDockerfiles.dockerfile((String) v[0], (Target) v[1], (boolean) v[2]));
    });
    return out;
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("cases")
  void convertedDockerfileParsesAndLintsNoWorse(String name, String text, ConvertOptions options) {
    Conversion c;
    try {
      c = Converter.convert("Dockerfile", text, options);
    } catch (CannotConvert refused) {
      assertThat(refused.getMessage()).startsWith("Dockerfile").doesNotContain("\n");
      OUTCOMES.merge("refused", 1, Integer::sum);
      return;
    }
    OUTCOMES.merge(c.changed() ? "converted" : "unchanged", 1, Integer::sum);
    assertThat(DockerfileParser.parse(c.text()).errors()).as(c.text()).isEmpty();
    assertThat(LintErrors.added(text, c.text())).as("new lint errors in\n%s", c.text())
        .isEmpty();
  }

  @AfterAll
  static void summary() {
    System.out.println("convert over fixtures: " + OUTCOMES);
  }
}
