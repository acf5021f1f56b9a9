package dev.dockwright.convert;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.io.UserException;
import dev.dockwright.syntax.DockerfileParser;
import dev.dockwright.testsupport.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every conversion over the real-world Dockerfiles of {@code ../shared/corpus/dockerfiles}
 * (skipped without them): each ends in a converted file that parses and lints no worse (no new
 * error-severity finding), a one-line refusal, or a one-line input error (not a Python image);
 * never an exception of ours. Prints how many converted per conversion and why the rest were
 * refused, most common reasons first.
 */
class CorpusConvertTest {

  @Test
  void everyCorpusFileConvertsOrIsRefusedInOneLine() throws IOException {
    Path dir = SharedData.require("corpus/dockerfiles");
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.getFileName().toString().endsWith("Dockerfile")).sorted().toList();
    }
    Map<String, int[]> byConversion = new TreeMap<>();
    Map<String, Integer> reasons = new HashMap<>();
    List<String> failures = new ArrayList<>();
    int python = 0;
    for (Path f : files) {
      String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
      String name = f.getFileName().toString();
      boolean isPython = true;
      for (ConvertOptions o : ConvertedDockerfilesLintTest.conversions()) {
        String key = describe(o);
        int[] counts = byConversion.computeIfAbsent(key, k -> new int[3]);
        try {
          Conversion c = Converter.convert(name, text, o);
          counts[0]++;
          if (!DockerfileParser.parse(c.text()).errors().isEmpty()) {
            failures.add(name + " " + key + ": does not parse");
          } else if (c.changed() && newErrors(text, c.text())) {
            failures.add(name + " " + key + ": new lint errors " + LintErrors.added(text, c.text()));
          }
        } catch (CannotConvert refused) {
          counts[1]++;
          reasons.merge(reason(refused.getMessage()), 1, Integer::sum);
          if (refused.getMessage().contains("\n")) {
            failures.add(name + " " + key + ": multi-line refusal");
          }
        } catch (UserException notPython) {
          counts[2]++;
          isPython = false;
        } catch (RuntimeException | StackOverflowError bug) {
          failures.add(name + " " + key + ": " + bug);
        }
      }
      python += isPython ? 1 : 0;
    }
    System.out.printf("convert over the corpus: %d files, %d Python images we know%n",
        files.size(), python);
    byConversion.forEach((k, v) -> System.out.printf("  %-32s converted %4d, refused %4d%n", k,
        v[0], v[1]));
    reasons.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(15)
        .forEach(e -> System.out.printf("  %5d  %s%n", e.getValue(), e.getKey()));
    assertThat(files).hasSizeGreaterThan(1000);
    assertThat(failures).isEmpty();
  }

  private static boolean newErrors(String before, String after) {
    return !LintErrors.added(before, after).isEmpty();
  }

  private static String describe(ConvertOptions o) {
    return (o.layout().map(l -> "--to " + l.id() + " ").orElse("")
        + o.target().map(t -> "--target " + t.id()).orElse("")).strip();
  }

  /** The refusal without file, position and quoted instruction: what kind of reason it is. */
  private static String reason(String message) {
    String m = message.replaceFirst("^\\S+?(:\\d+:\\d+)?: cannot convert: ", "");
    int colon = m.indexOf(": ");
    String why = colon >= 0 && !m.startsWith("nothing") && !m.startsWith("folding")
        ? m.substring(colon + 2) : m;
    why = why.replaceAll("'[^']*'", "'…'").replaceAll("\\d+", "N").replaceAll("/\\S+", "PATH");
    return why.length() > 110 ? why.substring(0, 110) + "…" : why;
  }
}
