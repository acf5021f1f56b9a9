package dev.dockwright.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.testsupport.FixtureProjects;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The init command through the real CLI wiring: files, safety, modes and bad input. */
class InitCommandTest {
  @TempDir Path tmp;

  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  private Path copy(String fixture) throws IOException {
    return FixtureProjects.copy(fixture, tmp);
  }

  @Test
  void writesTheFilesAndReportsWhatItDetected() throws IOException {
    Path dir = copy("pip-fastapi");
    CliRun r = run("init", dir.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(dir.resolve("Dockerfile")).exists();
    assertThat(dir.resolve(".dockerignore")).exists();
    assertThat(dir.resolve("compose.yaml")).exists();
    assertThat(r.out()).contains("framework        FastAPI")
        .contains("app/main.py:4")
        .contains("health           GET /healthz")
        .contains("created Dockerfile");
    assertThat(Files.readString(dir.resolve("Dockerfile")))
        .contains("CMD [\"uvicorn\", \"app.main:app\", \"--host\", \"0.0.0.0\"");
  }

  @Test
  void theDetectionTableStaysAlignedWhenAValueIsLong() throws IOException {
    Path dir = copy("pep621-src");
    CliRun r = run("init", "--dry-run", dir.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    String all = r.out() + r.err();
    String python = all.lines().filter(l -> l.startsWith("  python ")).findFirst().orElseThrow();
    String start = all.lines().filter(l -> l.startsWith("  start ")).findFirst().orElseThrow();
    assertThat(start).contains("inventory.main:app (imported from src/)");
    assertThat(start.indexOf(" high ")).isEqualTo(python.indexOf(" high "));
  }

  @Test
  void neverOverwritesWithoutForce() throws IOException {
    Path dir = copy("pip-fastapi");
    Files.writeString(dir.resolve("Dockerfile"), "FROM mine\n");
    CliRun r = run("init", dir.toString());
    assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err().strip()).doesNotContain("\n")
        .contains("Dockerfile exists and would change: nothing written");
    assertThat(Files.readString(dir.resolve("Dockerfile"))).isEqualTo("FROM mine\n");
    assertThat(dir.resolve("compose.yaml")).doesNotExist(); // all or nothing

    CliRun forced = run("init", "--force", dir.toString());
    assertThat(forced.exit()).isZero();
    assertThat(forced.out()).contains("replaced Dockerfile").contains("created compose.yaml");
    assertThat(Files.readString(dir.resolve("Dockerfile"))).startsWith("# syntax=");

    CliRun again = run("init", dir.toString());
    assertThat(again.exit()).as("identical files are no conflict").isZero();
    assertThat(again.out()).contains("unchanged Dockerfile");
  }

  @Test
  void dryRunShowsAUnifiedDiffAndWritesNothing() throws IOException {
    Path dir = copy("pip-fastapi");
    Files.writeString(dir.resolve("Dockerfile"), "# syntax=docker/dockerfile:1\nFROM old\n");
    CliRun r = run("init", "--dry-run", dir.toString());
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("--- a/Dockerfile\n+++ b/Dockerfile\n@@ -1,2 +1,")
        .contains("-FROM old\n").contains("--- /dev/null\n+++ b/compose.yaml\n")
        .contains("exists (needs --force) Dockerfile").contains("would create compose.yaml");
    assertThat(Files.readString(dir.resolve("Dockerfile"))).endsWith("FROM old\n");
    assertThat(dir.resolve("compose.yaml")).doesNotExist();
  }

  @Test
  void stdoutPrintsTheDockerfileAndReportsOnStderr() throws IOException {
    Path dir = copy("e2e-stdlib");
    CliRun r = run("init", "--stdout", "--air-gapped", dir.toString());
    assertThat(r.exit()).isZero();
    assertThat(r.out()).startsWith("# e2e-stdlib: plain Python").contains("CMD [\"python\"");
    assertThat(r.err()).contains("Detected in");
    try (Stream<Path> s = Files.list(dir)) {
      assertThat(s.map(p -> p.getFileName().toString())).doesNotContain("Dockerfile");
    }
  }

  @Test
  void flagsOverrideDetectionAndTargetsApply() throws IOException {
    Path dir = copy("pip-fastapi");
    CliRun r = run("init", "--stdout", "--python", "3.12", "--port", "9000", "--health",
        "/ready", dir.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("FROM python:3.12-slim AS builder").contains("EXPOSE 9000")
        .contains("'/ready'");
    assertThat(r.err()).contains("--port: set by the user");
    CliRun spaces = run("init", "--stdout", "--target", "hf-spaces", dir.toString());
    assertThat(spaces.out()).contains("EXPOSE 7860").contains("USER 1000");
    assertThat(spaces.err()).contains("sdk: docker").contains("app_port: 7860");
  }

  @Test
  void badInputIsOneLineAndExitTwo() throws IOException {
    Path dir = copy("pip-fastapi");
    for (String[] args : new String[][] {
        {"init", tmp.resolve("missing").toString()},
        {"init", FixtureProjects.ROOT.resolve("not-python").toString()},
        {"init", "--stdout", "--dry-run", dir.toString()},
        {"init", "--target", "port-8080", "--port", "9000", dir.toString()},
        {"init", "--target", "mars", dir.toString()},
        {"init", "--python", "2.7", dir.toString()},
        {"init", "--framework", "rails", dir.toString()},
        {"init", "--services", "api", "--app", "x:y", dir.toString()},
        {"init", "--health", "health", dir.toString()},
    }) {
      CliRun r = run(args);
      assertThat(r.exit()).as(String.join(" ", args)).isEqualTo(ExitCode.USAGE);
      assertThat(r.err().strip().lines().count()).as(r.err()).isEqualTo(1);
      assertThat(r.err()).startsWith("dockwright: ").doesNotContain("Exception");
    }
    try (Stream<Path> s = Files.list(dir)) {
      assertThat(s.map(p -> p.getFileName().toString())).doesNotContain("Dockerfile");
    }
  }

  @Test
  void interactiveAnswersReplaceDetectedOnes() throws IOException {
    Path dir = copy("pip-fastapi");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true));
    InitCommand init = cli.getSubcommands().get("init").getCommand();
    // keep pip, choose 3.11, keep FastAPI, keep the app, port 8123, keep the health path
    init.setInput(new BufferedReader(new StringReader("\n3.11\n\n\n8123\n\n")));
    int code = cli.execute("init", "--interactive", dir.toString());
    assertThat(code).as(err.toString()).isZero();
    assertThat(err.toString()).contains("python (3.9, 3.10, 3.11, 3.12, 3.13, 3.14) [3.14]: ")
        .contains("port [8000]: ").contains("health path [/healthz]: ");
    String dockerfile = Files.readString(dir.resolve("Dockerfile"));
    assertThat(dockerfile).contains("FROM python:3.11-slim").contains("EXPOSE 8123")
        .contains("'/healthz'");
  }

  @Test
  void interactiveReasksOnABadAnswer() throws IOException {
    Path dir = copy("e2e-stdlib");
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine(new PrintWriter(new StringWriter(), true),
        new PrintWriter(err, true));
    InitCommand init = cli.getSubcommands().get("init").getCommand();
    init.setInput(new BufferedReader(new StringReader("fortran\n\n3.12\n")));
    assertThat(cli.execute("init", "--interactive", dir.toString())).isZero();
    assertThat(err.toString()).contains("unknown package manager 'fortran'");
    assertThat(Files.readString(dir.resolve("Dockerfile"))).contains("FROM python:3.12-slim");
  }

  @Test
  void aRepositoryOfServicesGetsOneComposeFileAndScripts() throws IOException {
    Path repo = copy("e2e-multi");
    CliRun r = run("init", "--scripts", repo.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(repo.resolve("api/Dockerfile")).exists();
    assertThat(repo.resolve("web/Dockerfile")).exists();
    assertThat(Files.readString(repo.resolve("compose.yaml"))).contains("depends_on:");
    assertThat(Files.getPosixFilePermissions(repo.resolve("build-images.sh")))
        .contains(PosixFilePermission.OWNER_EXECUTE);
    assertThat(r.out()).contains("web depends on api");

    Path explicit = copy("pip-fastapi").getParent();
    copy("e2e-stdlib");
    // --services takes several values, so DIR goes first
    CliRun chosen = run("init", explicit.toString(), "--dry-run", "--services", "pip-fastapi",
        "e2e-stdlib");
    assertThat(chosen.exit()).as(chosen.err()).isZero();
    assertThat(chosen.out()).contains("+++ b/pip-fastapi/Dockerfile")
        .contains("+++ b/e2e-stdlib/Dockerfile").contains("+++ b/compose.yaml");
  }
}
