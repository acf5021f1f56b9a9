package dev.dockwright.syntax;

import dev.dockwright.testsupport.SharedData;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every real-world Dockerfile of {@code ../shared/corpus/dockerfiles} parses, prints back byte for
 * byte and passes the structural invariants. None has a BuildKit parse error (all were checked);
 * a new error here is a bug of ours until shown to be BuildKit's.
 */
class CorpusTest {

  @Test
  void everyCorpusFileParsesAndRoundTrips() throws IOException {
    Path dir = SharedData.require("corpus/dockerfiles");
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.getFileName().toString().endsWith("Dockerfile")).sorted().toList();
    }
    int parsed = 0;
    int roundTrip = 0;
    int warned = 0;
    int instructions = 0;
    int heredocs = 0;
    List<String> errors = new ArrayList<>();
    for (Path f : files) {
      String text = BuildkitConformanceTest.read(f);
      ParseResult r = DockerfileParser.parse(f.getFileName().toString(), text);
      parsed++;
      roundTrip += r.dockerfile().print().equals(text) ? 1 : 0;
      warned += r.warnings().isEmpty() ? 0 : 1;
      r.errors().forEach(e -> errors.add(e.format(f.getFileName().toString())));
      for (Instruction i : r.dockerfile().instructions()) {
        instructions++;
        heredocs += i.heredocs().size();
      }
      TreeInvariants.check(text, r);
    }
    System.out.printf("corpus parsed %d/%d, round-trip %d/%d (%d instructions, %d heredocs, "
        + "%d files with BuildKit warnings, %d errors)%n",
        parsed, files.size(), roundTrip, files.size(), instructions, heredocs, warned, errors.size());
    assertThat(files).hasSizeGreaterThan(1000);
    assertThat(roundTrip).isEqualTo(files.size());
    assertThat(errors).isEmpty();
  }
}
