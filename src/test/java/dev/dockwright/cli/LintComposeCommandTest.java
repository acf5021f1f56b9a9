package dev.dockwright.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dockwright.lint.RuleRegistry;
import dev.dockwright.lint.demo.DemoLatestTag;
import dev.dockwright.rules.compose.ComposeRules;
import dev.dockwright.rules.shellcheck.ShellCheck;
import dev.dockwright.rules.shellcheck.ShellCheckRule;
import dev.dockwright.testsupport.ShellCheckSupport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dockwright lint} on Compose files, and the ShellCheck switches, through the real CLI. */
class LintComposeCommandTest {

  @TempDir Path dir;
  /** The rules lint and fix run with; a test may swap them. */
  private Supplier<RuleRegistry> rules = composeRulesAndDemoLatestTag();

  private static Supplier<RuleRegistry> composeRulesAndDemoLatestTag() {
    List<dev.dockwright.lint.LintRule> rules = new ArrayList<>(ComposeRules.all());
    rules.add(new DemoLatestTag());
    return () -> RuleRegistry.of(rules);
  }

  private CliRun run(String... args) {
    return CliRun.withRules(rules, args);
  }

  private Path write(String relative, String text) throws Exception {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }

  private static final String OLD_COMPOSE = """
      version: "3.8"
      services:
        db:
          image: postgres:16
          ports:
            - "5432:5432"
      """;

  @Test
  void directoriesYieldComposeFilesBesideDockerfiles() throws Exception {
    write("Dockerfile", "FROM python:latest\n");
    write("compose.yaml", OLD_COMPOSE);
    write("deploy/docker-compose.prod.yml", "services:\n  web:\n    image: nginx:1.27\n");
    write("mkdocs.yml", "site_name: x\n");
    write(".github/workflows/docker-compose.yml", "not: [compose\n");
    CliRun run = run("lint", "--format", "json", dir.toString());
    JsonNode json = new ObjectMapper().readTree(run.out());
    List<String> files = new ArrayList<>();
    json.get("files").forEach(f -> files.add(dir.relativize(Path.of(f.asText())).toString()));
    assertThat(files).containsExactly("Dockerfile", "compose.yaml", "deploy/docker-compose.prod.yml");
    List<String> codes = new ArrayList<>();
    json.get("findings").forEach(f -> codes.add(f.get("code").asText() + "@" + f.get("line").asInt()));
    assertThat(codes).containsExactly("DW9001@1", "DW6001@1", "DW6004@6");
    assertThat(run.exit()).isEqualTo(1);
  }

  @Test
  void anExplicitYamlFileIsAComposeFile() throws Exception {
    Path file = write("stack.yml", OLD_COMPOSE);
    CliRun run = run("lint", "--format", "gnu", file.toString());
    assertThat(run.out()).contains(file + ":1:1: warning: The top-level `version` key is obsolete")
        .contains(file + ":6:9: warning: db (PostgreSQL) publishes container port 5432");
    assertThat(run.exit()).isEqualTo(1);
  }

  @Test
  void aSyntaxErrorIsAPositionedInputErrorWithExitTwo() throws Exception {
    Path broken = write("compose.yaml", "services:\n  web:\n    image: nginx\n   ports: []\n");
    Path fine = write("sub/compose.yaml", OLD_COMPOSE);
    CliRun run = run("lint", "--format", "gnu", "--color", "never", broken.toString(), fine.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).containsPattern(java.util.regex.Pattern.quote(broken.toString())
        + ":4:\\d+: error: invalid YAML: .* \\[DW6000\\]");
    assertThat(run.out()).contains(fine + ":1:1: warning:"); // the other file is still linted
    assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void composeFindingsFlowThroughEveryFormat() throws Exception {
    Path file = write("compose.yaml", OLD_COMPOSE);
    for (String format : List.of("tty", "json", "sarif", "checkstyle", "junit", "gnu", "github")) {
      CliRun run = run("lint", "--format", format, "--color", "never", file.toString());
      assertThat(run.exit()).as(format).isEqualTo(1);
      assertThat(run.out()).as(format).contains("DW6004");
    }
    CliRun tty = run("lint", "--color", "never", file.toString());
    assertThat(tty.out()).contains("    6 |       - \"5432:5432\"").contains("docs/rules/DW6004.md");
    JsonNode sarif = new ObjectMapper().readTree(run("lint", "--format", "sarif", file.toString()).out());
    assertThat(sarif.toString()).contains("```yaml");
  }

  @Test
  void fixesApplyToComposeFiles() throws Exception {
    Path file = write("compose.yaml", OLD_COMPOSE);
    CliRun fix = run("fix", file.toString());
    assertThat(Files.readString(file)).doesNotContain("version").startsWith("services:\n")
        .contains("- \"5432:5432\"");
    assertThat(fix.err()).contains("fixed 1 finding (DW6001)");
    run("fix", "--unsafe-fixes", file.toString());
    assertThat(Files.readString(file)).contains("- \"127.0.0.1:5432:5432\"");
  }

  @Test
  void missingShellCheckIsSaidOnceOnOneLine() throws Exception {
    rules = () -> RuleRegistry.of(new ShellCheckRule(Optional::empty));
    Path a = write("a/Dockerfile", "FROM debian:12\nRUN echo $x\n");
    Path b = write("b/Dockerfile", "FROM debian:12\nRUN echo $y\n");
    CliRun run = run("lint", a.toString(), b.toString());
    assertThat(run.exit()).isZero();
    assertThat(run.err().lines().toList()).containsExactly("dockwright: shellcheck not found on"
        + " PATH: SC checks of RUN scripts skipped (install shellcheck, or set shellcheck: false"
        + " / --no-shellcheck)");
    assertThat(run("lint", "--no-shellcheck", a.toString()).err()).isEmpty();
    assertThat(run("lint", "--ignore", "ShellCheck", a.toString()).err()).isEmpty();
    write("a/.dockwright.yaml", "shellcheck: false\n");
    assertThat(run("lint", a.toString()).err()).isEmpty();
    assertThat(run("lint", write("compose.yaml", OLD_COMPOSE).toString()).err()).isEmpty();
  }

  @Test
  void withShellCheckInstalledTheCliReportsScCodesFromOneProcessForAllDockerfiles()
      throws Exception {
    ShellCheck installed = ShellCheckSupport.require();
    AtomicInteger launches = new AtomicInteger();
    ShellCheck counting = installed.withLauncher(pb -> {
      launches.incrementAndGet();
      return pb.start();
    });
    rules = () -> RuleRegistry.of(new ShellCheckRule(() -> Optional.of(counting)));
    Path a = write("a/Dockerfile", "FROM debian:12\nRUN echo $x\nRUN echo $y\nRUN <<EOF\necho $z\nEOF\n");
    Path b = write("b/Dockerfile", "FROM debian:12\nRUN echo ok\n");
    Path c = write("c/Dockerfile", "FROM debian:12\nCOPY . /app\n");
    CliRun run = run("lint", "--format", "json", a.toString(), b.toString(), c.toString());
    assertThat(launches).hasValue(1); // the scripts of a and b, checked ahead together
    run("lint", a.toString());
    assertThat(launches).hasValue(2); // a single file: its own process
    JsonNode findings = new ObjectMapper().readTree(run.out()).get("findings");
    List<String> where = new ArrayList<>();
    findings.forEach(f -> where.add(f.get("code").asText() + "@" + f.get("line").asInt() + ":"
        + f.get("column").asInt()));
    assertThat(where).contains("SC2154@2:10", "SC2154@3:10", "SC2154@5:6");
    assertThat(findings.get(0).get("url").asText()).startsWith("https://www.shellcheck.net/wiki/SC");
    assertThat(findings.get(0).get("origin").asText()).isEqualTo("shellcheck");
    assertThat(run.err()).isEmpty();
  }
}
