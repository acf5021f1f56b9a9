package dev.dockwright.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dockwright convert} through the real CLI wiring: output modes, writes, exit codes. */
class ConvertCommandTest {
  private static final String SINGLE = """
      FROM python:3.12-slim
      # Dependencies.
      COPY requirements.txt .
      RUN pip install --no-cache-dir -r requirements.txt
      COPY . .
      EXPOSE 8000
      CMD ["uvicorn", "main:app", "--host", "0.0.0.0", "--port", "8000"]
      """;

  @TempDir Path dir;

  private Path dockerfile(String text) throws Exception {
    Path f = dir.resolve("Dockerfile");
    Files.writeString(f, text);
    return f;
  }

  @Test
  void printsTheConvertedFileAndNotesGoToStderr() throws Exception {
    Path f = dockerfile(SINGLE);
    CliRun r = CliRun.of("convert", "--to", "multi-stage", f.toString());
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.out()).contains("AS builder").contains("COPY --from=builder /opt/venv /opt/venv");
    assertThat(r.err()).contains("note: builder stage 'builder' installs into /opt/venv");
    assertThat(Files.readString(f)).isEqualTo(SINGLE); // nothing written
  }

  @Test
  void diffShowsTheChangeAndWritesNothing() throws Exception {
    Path f = dockerfile(SINGLE);
    CliRun r = CliRun.of("convert", "--target", "hf-spaces", "--diff", f.toString());
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.out()).startsWith("--- a/" + f + "\n+++ b/" + f + "\n@@ ")
        .contains("-EXPOSE 8000\n").contains("+EXPOSE 7860\n");
    assertThat(Files.readString(f)).isEqualTo(SINGLE);
  }

  @Test
  void writeReplacesTheFileAtomicallyAndKeepsABackupItNeverClobbers() throws Exception {
    Path f = dockerfile(SINGLE);
    CliRun r = CliRun.of("convert", "--target", "port-8080", "--write", f.toString());
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.err()).contains("converted (the original is in Dockerfile.bak)");
    assertThat(Files.readString(f)).contains("EXPOSE 8080");
    assertThat(Files.readString(dir.resolve("Dockerfile.bak"))).isEqualTo(SINGLE);

    String converted = Files.readString(f);
    CliRun again = CliRun.of("convert", "--target", "hf-spaces", "--write", f.toString());
    assertThat(again.exit()).isEqualTo(2);
    assertThat(again.err()).contains("Dockerfile.bak exists: nothing written");
    assertThat(Files.readString(f)).isEqualTo(converted);

    CliRun noBackup = CliRun.of("convert", "--target", "hf-spaces", "--write", "--no-backup",
        f.toString());
    assertThat(noBackup.exit()).as(noBackup.toString()).isZero();
    assertThat(Files.readString(f)).contains("EXPOSE 7860");
    assertThat(Files.readString(dir.resolve("Dockerfile.bak"))).isEqualTo(SINGLE);
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("Dockerfile", "Dockerfile.bak"); // no temporary files left
    }
  }

  @Test
  void writeLeavesAnUnchangedFileAlone() throws Exception {
    Path f = dockerfile(SINGLE);
    CliRun r = CliRun.of("convert", "--to", "single-stage", "--write", f.toString());
    assertThat(r.exit()).isZero();
    assertThat(r.err()).contains("note: already one stage").contains("unchanged");
    assertThat(dir.resolve("Dockerfile.bak")).doesNotExist();
  }

  @Test
  void aDirectoryMeansItsDockerfile() throws Exception {
    dockerfile(SINGLE);
    CliRun r = CliRun.of("convert", "--target", "cloud-run", dir.toString());
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.out()).contains("exec uvicorn");
  }

  @Test
  void readsStandardInput() {
    InputStream stdin = System.in;
    try {
      System.setIn(new ByteArrayInputStream(SINGLE.getBytes(StandardCharsets.UTF_8)));
      CliRun r = CliRun.of("convert", "--target", "port-8080", "-");
      assertThat(r.exit()).as(r.toString()).isZero();
      assertThat(r.out()).contains("EXPOSE 8080");
    } finally {
      System.setIn(stdin);
    }
  }

  @Test
  void badInputGetsOneLineAndExit2() throws Exception {
    CliRun missing = CliRun.of("convert", "--to", "single-stage", dir.resolve("nope").toString());
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).isEqualTo("dockwright: " + dir.resolve("nope") + ": no such file\n");

    Path bad = dockerfile("FROM python:3.12-slim\nRUN <<EOF\necho never ends\n");
    CliRun unparsable = CliRun.of("convert", "--to", "multi-stage", bad.toString());
    assertThat(unparsable.exit()).isEqualTo(2);
    assertThat(unparsable.err()).startsWith("dockwright: " + bad + ":2:")
        .doesNotContain("\tat ").hasLineCount(1);

    Path node = dockerfile("FROM node:20-slim\nCMD [\"node\", \"server.js\"]\n");
    CliRun notPython = CliRun.of("convert", "--target", "cloud-run", node.toString());
    assertThat(notPython.exit()).isEqualTo(2);
    assertThat(notPython.err()).isEqualTo("dockwright: " + node + ":1:1: not a Python image: "
        + "FROM node:20-slim (convert reshapes Dockerfiles built on the official python images, "
        + "with the Python minor in the tag)\n");
  }

  @Test
  void aRefusalNamesTheInstructionInOneLine() throws Exception {
    Path f = dockerfile("FROM python:3.12-slim\nCOPY . .\nCMD [\"python\", \"app.py\"]\n");
    CliRun r = CliRun.of("convert", "--target", "hf-spaces", f.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).startsWith("dockwright: " + f + ":3:1: cannot convert: CMD [\"python\", "
        + "\"app.py\"]: no port to retarget").hasLineCount(1);
    assertThat(r.out()).isEmpty();
  }

  @Test
  void conflictingOrMissingFlagsAreUsageErrors() throws Exception {
    Path f = dockerfile(SINGLE);
    String file = f.toString();
    assertUsage(CliRun.of("convert", file), "nothing to do: give --to");
    assertUsage(CliRun.of("convert", "--to", "two-stage", file), "--to: unknown layout 'two-stage'");
    assertUsage(CliRun.of("convert", "--target", "heroku", file), "--target: unknown target");
    assertUsage(CliRun.of("convert", "--to", "multi-stage", "--write", "--diff", file),
        "--write and --diff conflict");
    assertUsage(CliRun.of("convert", "--to", "multi-stage", "--no-backup", file),
        "--no-backup only applies with --write");
    assertUsage(CliRun.of("convert", "--to", "multi-stage", "--port", "9000", file),
        "--port needs --target");
    assertUsage(CliRun.of("convert", "--target", "port-8080", "--port", "9000", file),
        "--port 9000 conflicts with --target port-8080");
    assertUsage(CliRun.of("convert", "--target", "generic", "--port", "70000", file),
        "not a port number");
    assertUsage(CliRun.of("convert", "--target", "generic", "--write", "-"),
        "--write needs a file");
  }

  private static void assertUsage(CliRun r, String message) {
    assertThat(r.exit()).as(r.toString()).isEqualTo(2);
    assertThat(r.err()).contains(message).doesNotContain("\tat ");
  }

  @Test
  void answersHelp() {
    CliRun r = CliRun.of("convert", "--help");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).startsWith("Usage: dockwright convert").contains("--to").contains("--target")
        .contains("--write").contains("--diff").contains("--no-backup").contains("--port");
  }
}
