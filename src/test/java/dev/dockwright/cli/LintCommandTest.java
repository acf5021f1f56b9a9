package dev.dockwright.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleRegistry;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.lint.demo.DemoLatestTag;
import dev.dockwright.lint.demo.DemoMaintainer;
import dev.dockwright.rules.BuiltinRules;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dockwright lint} through the real picocli wiring ({@link Main#run}), with exit codes. */
class LintCommandTest {

  @TempDir Path dir;

  /** The rules lint and fix run with; a test may swap them. */
  private Supplier<RuleRegistry> rules =
      () -> RuleRegistry.of(new DemoLatestTag(), new DemoMaintainer());

  private CliRun run(String... args) {
    return CliRun.withRules(rules, args);
  }

  private Path write(String relative, String text) throws Exception {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }

  private static void assertOneLineError(CliRun run, String expected) {
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains(expected).doesNotContain("\tat ").doesNotContain("Exception");
  }

  @Test
  void cleanFileExitsZeroSilently() throws Exception {
    Path file = write("Dockerfile", "FROM alpine:3.20\n");
    CliRun run = run("lint", file.toString());
    assertThat(run.exit()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEmpty();
  }

  @Test
  void findingsExitOneWithTheTtyReport() throws Exception {
    Path file = write("Dockerfile", "FROM python:latest\n");
    CliRun run = run("lint", "--color=never", file.toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).contains(file + ":1:6: warning DW9001 Pin python:latest to a version.")
        .contains("    1 | FROM python:latest").contains("1 problem (1 warning) in 1 file");
  }

  @Test
  void failureThresholdNoFailAndIgnore() throws Exception {
    String file = write("Dockerfile", "FROM python:latest\nMAINTAINER me\n").toString();
    assertThat(run("lint", "--failure-threshold", "error", file).exit()).isZero();
    assertThat(run("lint", "--failure-threshold", "warning", file).exit()).isEqualTo(1);
    assertThat(run("lint", "--failure-threshold", "style", file).exit()).isEqualTo(1);
    assertThat(run("lint", "--failure-threshold", "none", file).exit()).isZero();
    assertThat(run("lint", "--no-fail", file).exit()).isZero();
    CliRun ignored = run("lint", "--ignore", "DW9001", "--ignore", "DemoMaintainer", file);
    assertThat(ignored.exit()).isZero();
    assertThat(ignored.out()).isEmpty();
    assertThat(run("lint", "--ignore", "DW9001,DemoMaintainer", file).exit()).isZero();
    assertThat(run("lint", "--failure-threshold", "fatal", file).err())
        .contains("unknown failure threshold 'fatal'");
  }

  @Test
  void discoveredConfigApplies() throws Exception {
    Path file = write("svc/Dockerfile", "FROM python:latest\n");
    write(".hadolint.yaml", "ignored: [DW9001]\n");
    assertThat(run("lint", file.toString()).exit()).isZero();
    write("svc/.dockwright.yaml", "override:\n  error: [DW9001]\nfailure-threshold: error\n");
    CliRun run = run("lint", "--format", "gnu", file.toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).contains(": error: Pin python:latest");
  }

  @Test
  void configNoFailAndExplicitConfig() throws Exception {
    Path file = write("Dockerfile", "FROM python:latest\n");
    Path config = write("ci/lint.yaml", "no-fail: true\n");
    assertThat(run("lint", "--config", config.toString(), file.toString()).exit()).isZero();
  }

  @Test
  void onePerProblemFromTheFlagOrTheConfigOnLintAndFix() throws Exception {
    rules = BuiltinRules::registry;
    Path file = write("svc/Dockerfile", "FROM python:3.12-slim\nRUN pip install flask==3.0.0\n");
    String path = file.toString();
    assertThat(run("lint", "--no-shellcheck", "--format", "gnu", path).out())
        .contains("[DL3042]").contains("[DW1004]");
    CliRun flag = run("lint", "--no-shellcheck", "--one-per-problem", "--format", "gnu", path);
    assertThat(flag.exit()).isEqualTo(1);
    assertThat(flag.out()).contains("[DW1004]").doesNotContain("DL3042");
    assertThat(run("fix", "--no-shellcheck", "--diff", path).err())
        .contains("would fix 2 findings (DL3042, DW1004)");
    CliRun fixDiff = run("fix", "--no-shellcheck", "--one-per-problem", "--diff", path);
    assertThat(fixDiff.err()).contains("would fix 1 finding (DW1004)").doesNotContain("DL3042");
    assertThat(fixDiff.out()).contains("+RUN pip install --no-cache-dir flask==3.0.0");

    write("svc/.dockwright.yaml", "one-per-problem: true\n");
    CliRun config = run("lint", "--no-shellcheck", "--format", "json", path);
    assertThat(config.out()).contains("\"DW1004\"").doesNotContain("DL3042");
    write("svc/.dockwright.yaml", "one-per-problem: sometimes\n");
    assertOneLineError(run("lint", "--no-shellcheck", path),
        ".dockwright.yaml:1:18: 'one-per-problem' must be true or false");
  }

  @Test
  void invalidConfigIsAPositionedUsageError() throws Exception {
    Path file = write("Dockerfile", "FROM alpine\n");
    write(".dockwright.yaml", "ignored: [DL3008]\nfailure-threshold: sometimes\n");
    CliRun run = run("lint", file.toString());
    assertOneLineError(run, ".dockwright.yaml:2:20: 'failure-threshold' must be error, warning,"
        + " info, style or off, not 'sometimes'");
    assertThat(run.err().lines().count()).isEqualTo(1);
    CliRun missing = run("lint", "--config", dir.resolve("none.yaml").toString(), file.toString());
    assertOneLineError(missing, "none.yaml: cannot read config: no such file");
  }

  @Test
  void missingFileAndEmptyDirectoryAreUsageErrors() throws Exception {
    assertOneLineError(run("lint", dir.resolve("nope").toString()),
        "nope: no such file or directory");
    Files.createDirectories(dir.resolve("empty"));
    assertOneLineError(run("lint", dir.resolve("empty").toString()),
        "empty: no Dockerfile or Compose file found in this directory");
  }

  @Test
  void binaryAndNonUtf8InputAreRejectedWithPositions() throws Exception {
    Path binary = dir.resolve("Dockerfile");
    Files.write(binary, new byte[] {'F', 'R', 'O', 'M', ' ', 'a', '\n', 'x', 0, 'y'});
    assertOneLineError(run("lint", binary.toString()),
        binary + ":2:2: binary file (NUL byte), not a Dockerfile");
    Path latin1 = dir.resolve("Containerfile");
    Files.write(latin1, "FROM a\nLABEL x=caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
    assertOneLineError(run("lint", latin1.toString()), latin1 + ":2:12: not valid UTF-8 text");
  }

  @Test
  void unparsableDockerfileExitsTwoWithAPositionedFinding() throws Exception {
    Path file = write("Dockerfile", "# nothing but a comment\n");
    CliRun run = run("lint", "--format", "gnu", file.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).startsWith(file + ":").contains(": error: ").contains("[DL1000]");
  }

  @Test
  void otherFilesAreStillLintedAfterAnInputError() throws Exception {
    Path good = write("b/Dockerfile", "FROM python:latest\n");
    CliRun run = run("lint", "--format", "gnu", dir.resolve("missing").toString(), good.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).contains("[DW9001]");
  }

  @Test
  void directoriesAreSearchedInSortedOrderSkippingHiddenAndNodeModules() throws Exception {
    String text = "FROM python:latest\n";
    write("b/Dockerfile", text);
    write("a/web.Dockerfile", text);
    write("a/Dockerfile.dev", text);
    write("a/Containerfile", text);
    write("a/Dockerfile.dockerignore", "*\n");
    write("a/README.md", "# not a Dockerfile\n");
    write(".git/Dockerfile", text);
    write("node_modules/pkg/Dockerfile", text);
    write("c/.cache/Dockerfile", text);
    CliRun run = run("lint", "--format", "json", dir.toString());
    assertThat(run.exit()).isEqualTo(1);
    JsonNode files = new ObjectMapper().readTree(run.out()).get("files");
    assertThat(files).extracting(JsonNode::asText).containsExactly(
        dir.resolve("a/Containerfile").toString(),
        dir.resolve("a/Dockerfile.dev").toString(),
        dir.resolve("a/web.Dockerfile").toString(),
        dir.resolve("b/Dockerfile").toString());
  }

  @Test
  void stdinWithAName() throws Exception {
    InputStream saved = System.in;
    try {
      System.setIn(new ByteArrayInputStream("FROM python:latest\n".getBytes(StandardCharsets.UTF_8)));
      CliRun run = run("lint", "--format", "gnu", "--stdin-filename", "svc/Dockerfile", "-");
      assertThat(run.exit()).isEqualTo(1);
      assertThat(run.out()).isEqualTo(
          "svc/Dockerfile:1:6: warning: Pin python:latest to a version. [DW9001]\n");
      System.setIn(new ByteArrayInputStream("FROM alpine:3\n".getBytes(StandardCharsets.UTF_8)));
      CliRun plain = run("lint", "--format", "json", "-");
      assertThat(plain.exit()).isZero();
      assertThat(new ObjectMapper().readTree(plain.out()).get("files").get(0).asText())
          .isEqualTo("-");
    } finally {
      System.setIn(saved);
    }
  }

  @Test
  void buildKitCheckBuildArg() throws Exception {
    Path file = write("Dockerfile", "# check=skip=all\nFROM alpine\nMAINTAINER me\n");
    assertThat(run("lint", file.toString()).exit()).isZero();
    assertThat(run("lint", "--build-arg", "BUILDKIT_DOCKERFILE_CHECK=skip=DW9001",
        file.toString()).exit()).isEqualTo(1);
    assertOneLineError(run("lint", "--build-arg", "BUILDKIT_DOCKERFILE_CHECK=nonsense",
        file.toString()), "failed to parse build-arg:BUILDKIT_DOCKERFILE_CHECK: invalid check"
        + " option \"nonsense\"");
  }

  @Test
  void everyFormatRunsThroughTheCli() throws Exception {
    Path file = write("Dockerfile", "FROM python:latest\n");
    for (String format : new String[] {"tty", "json", "sarif", "checkstyle", "junit", "gnu",
        "github"}) {
      CliRun run = run("lint", "--format", format, file.toString());
      assertThat(run.exit()).as(format).isEqualTo(1);
      assertThat(run.out()).as(format).contains("DW9001");
    }
    assertOneLineError(run("lint", "--format", "xml", file.toString()), "unknown format 'xml'");
  }

  @Test
  void crashingRuleExitsThree() throws Exception {
    rules = () -> RuleRegistry.of(new Crashing());
    CliRun run = run("lint", write("Dockerfile", "FROM alpine\n").toString());
    assertThat(run.exit()).isEqualTo(3);
    assertThat(run.err()).contains("internal error: rule DW9998 failed");
  }

  @Test
  void helpAndUsageErrors() {
    CliRun help = run("lint", "--help");
    assertThat(help.exit()).isZero();
    assertThat(help.out()).contains("--failure-threshold").contains("--format");
    CliRun bad = run("lint", "--frobnicate");
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("Unknown option");
  }

  @RuleSpec(code = "DW9998", name = "Crashing", severity = Severity.ERROR,
      origin = Origin.DOCKWRIGHT, summary = "Always crashes.", rationale = "Test fixture.",
      bad = "FROM a\n", good = "FROM a\n")
  static final class Crashing implements Rule {
    @Override
    public void check(RuleContext context) {
      throw new IllegalStateException("boom");
    }
  }
}
