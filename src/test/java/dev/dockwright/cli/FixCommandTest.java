package dev.dockwright.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.lint.RuleRegistry;
import dev.dockwright.lint.demo.DemoLatestTag;
import dev.dockwright.lint.demo.DemoMaintainer;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dockwright fix} and {@code lint --fix} through the real CLI wiring. */
class FixCommandTest {

  @TempDir Path dir;

  /** The rules fix runs with: DemoMaintainer has a safe fix; DemoLatestTag reports without one. */
  private final Supplier<RuleRegistry> rules =
      () -> RuleRegistry.of(new DemoLatestTag(), new DemoMaintainer());

  private CliRun run(String... args) {
    return CliRun.withRules(rules, args);
  }

  private static final String BEFORE = "# keep this comment\r\nFROM alpine:3.20\r\n"
      + "MAINTAINER dev@example.org\r\n    RUN   echo  \"odd spacing\"\r\n";

  @Test
  void fixRewritesOnlyWhatTheFixTouches() throws Exception {
    Path file = Files.writeString(dir.resolve("Dockerfile"), BEFORE);
    CliRun r = run("fix", file.toString());
    assertThat(r.exit()).isEqualTo(0);
    assertThat(Files.readString(file)).isEqualTo("# keep this comment\r\nFROM alpine:3.20\r\n"
        + "LABEL org.opencontainers.image.authors=\"dev@example.org\"\r\n"
        + "    RUN   echo  \"odd spacing\"\r\n");
    assertThat(r.err()).contains("fixed 1 finding (DemoMaintainer)");
    try (var s = Files.list(dir)) {
      assertThat(s).containsExactly(file); // the atomic write left no temporary file
    }
  }

  @Test
  void remainingFindingsWithoutFixStillFail() throws Exception {
    Path file = Files.writeString(dir.resolve("Dockerfile"), "FROM alpine:latest\nMAINTAINER x\n");
    CliRun r = run("lint", "--fix", file.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(Files.readString(file)).contains("LABEL org.opencontainers.image.authors=\"x\"");
    assertThat(r.out()).contains("DW9001").doesNotContain("DemoMaintainer");
  }

  @Test
  void diffShowsTheChangeWithoutWriting() throws Exception {
    Path file = Files.writeString(dir.resolve("Dockerfile"), "FROM alpine:3.20\nMAINTAINER x\n");
    CliRun r = run("fix", "--diff", file.toString());
    assertThat(r.exit()).isEqualTo(0);
    assertThat(r.out()).contains("-MAINTAINER x", "+LABEL org.opencontainers.image.authors=\"x\"");
    assertThat(r.err()).contains("would fix 1 finding");
    assertThat(Files.readString(file)).isEqualTo("FROM alpine:3.20\nMAINTAINER x\n");
  }

  @Test
  void standardInputIsFixedToStandardOutput() {
    InputStream saved = System.in;
    try {
      System.setIn(new ByteArrayInputStream("FROM alpine:3.20\nMAINTAINER x\n".getBytes(StandardCharsets.UTF_8)));
      CliRun r = run("fix", "-");
      assertThat(r.exit()).isEqualTo(0);
      assertThat(r.out()).isEqualTo("FROM alpine:3.20\nLABEL org.opencontainers.image.authors=\"x\"\n");
    } finally {
      System.setIn(saved);
    }
  }

  @Test
  void fixOptionsNeedFix() {
    CliRun r = run("lint", "--diff", dir.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--unsafe-fixes and --diff go with --fix");
  }
}
