package dev.dockwright.cli;

import dev.dockwright.testsupport.SharedData;
import static org.assertj.core.api.Assertions.assertThat;


import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParseCommandTest {
  @TempDir Path dir;

  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  @Test
  void dumpOfOneFileHasNoHeader() throws IOException {
    Path f = write("Dockerfile", "FROM a\nRUN echo \"hi\"\n");
    CliRun r = run("parse", "--dump", f.toString());
    assertThat(r.exit()).isZero();
    assertThat(r.out()).isEqualTo("(from \"a\")\n(run \"echo \\\"hi\\\"\")\n");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void severalFilesGetHeaders() throws IOException {
    Path a = write("a.Dockerfile", "FROM a\n");
    Path b = write("b.Dockerfile", "FROM b\n");
    CliRun r = run("parse", "--dump", a.toString(), b.toString());
    assertThat(r.out()).isEqualTo("==> " + a + " <==\n(from \"a\")\n\n==> " + b + " <==\n(from \"b\")\n");
  }

  @Test
  void parseErrorIsPositionedOnStderrWithExitTwo() throws IOException {
    Path f = write("Dockerfile", "FROM a\n\n  ENV X\n");
    CliRun r = run("parse", "--dump", f.toString());
    assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).isEqualTo(f + ":3:3: ENV must have two arguments\n");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void warningsGoToStderrWithoutFailing() throws IOException {
    Path f = write("Dockerfile", "FROM a\nRUN a \\\n\n b\n");
    CliRun r = run("parse", "--dump", f.toString());
    assertThat(r.exit()).isZero();
    assertThat(r.err()).isEqualTo(f + ":4:1: warning: Empty continuation line found in: RUN a  b\n");
  }

  @Test
  void missingFileIsOneLineAndExitTwo() {
    CliRun r = run("parse", "--dump", dir.resolve("nope").toString());
    assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).isEqualTo("dockwright: " + dir.resolve("nope") + ": no such file\n");
  }

  @Test
  void nonUtf8InputIsRejectedWithItsPosition() throws IOException {
    Path f = Files.write(dir.resolve("Dockerfile"), new byte[] {'F', 'R', 'O', 'M', ' ', 'a', '\n', 'R', (byte) 0xff});
    CliRun r = run("parse", f.toString());
    assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).isEqualTo("dockwright: " + f + ":2:2: not UTF-8 text (byte 0xff)\n");
  }

  @Test
  void withoutDumpPrintsAnOutline() throws IOException {
    Path f = write("Dockerfile", "FROM a\nRUN --mount=type=cache,target=/c \\\n  pip install x\nCOPY <<E /x\nhi\nE\nCMD [\"a\"]\n");
    CliRun r = run("parse", f.toString());
    assertThat(r.out()).isEqualTo("1-1 FROM words\n2-3 RUN --mount shell\n4-6 COPY words +1 heredoc\n7-7 CMD exec\n");
  }

  @Test
  void helpExplainsTheHeader() {
    assertThat(run("parse", "--help").out()).contains("==> FILE <==");
  }

  @Test
  void buildkitTestfilesDumpIdenticallyThroughTheCli() throws IOException {
    Path root = SharedData.require("conformance/buildkit-parser");
    for (Path d : dirs(root.resolve("testfiles"))) {
      CliRun r = run("parse", "--dump", d.resolve("Dockerfile").toString());
      assertThat(r.exit()).as(d.toString()).isZero();
      assertThat(r.out()).as(d.toString()).isEqualTo(Files.readString(d.resolve("result")));
    }
    for (Path d : dirs(root.resolve("testfiles-negative"))) {
      Path f = d.resolve("Dockerfile");
      CliRun r = run("parse", "--dump", f.toString());
      assertThat(r.exit()).as(d.toString()).isEqualTo(ExitCode.USAGE);
      assertThat(r.err()).as(d.toString()).matches("\\Q" + f + "\\E:\\d+:\\d+: .+\n");
    }
  }

  private static List<Path> dirs(Path p) throws IOException {
    try (Stream<Path> s = Files.list(p)) {
      return s.filter(Files::isDirectory).sorted().toList();
    }
  }
}
