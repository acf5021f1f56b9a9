package dev.dockwright.lint.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dockwright.io.UserException;
import dev.dockwright.lint.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

  private static LintConfig parse(String yaml) {
    return ConfigLoader.parse(yaml, null, ".dockwright.yaml");
  }

  private static void assertInvalid(String yaml, String expectedMessage) {
    assertThatThrownBy(() -> parse(yaml))
        .isInstanceOf(UserException.class)
        .hasMessage(expectedMessage)
        .satisfies(e -> assertThat(((UserException) e).exitCode()).isEqualTo(2));
  }

  @Test
  void hadolintKeys() {
    LintConfig config = parse("""
        ignored:
          - DL3008
          - SC2086
        override:
          error: [DL3007]
          warning:
            - DL3015
          info: []
          style: [DL3059]
        trustedRegistries: [docker.io, ghcr.io]
        label-schema:
          maintainer: text
          org.opencontainers.image.source: url
        strict-labels: true
        failure-threshold: warning
        no-fail: true
        disable-ignore-pragma: true
        no-color: true
        output-format: json
        verbose: true
        """);
    assertThat(config.ignored()).containsExactlyInAnyOrder("DL3008", "SC2086");
    assertThat(config.severities()).containsEntry("DL3007", Severity.ERROR)
        .containsEntry("DL3015", Severity.WARNING).containsEntry("DL3059", Severity.STYLE)
        .hasSize(3);
    assertThat(config.trustedRegistries()).containsExactlyInAnyOrder("docker.io", "ghcr.io");
    assertThat(config.labelSchema()).containsEntry("maintainer", LabelType.TEXT)
        .containsEntry("org.opencontainers.image.source", LabelType.URL);
    assertThat(config.strictLabels()).isTrue();
    assertThat(config.failureThreshold()).contains(Severity.WARNING);
    assertThat(config.noFail()).contains(true);
    assertThat(config.disableIgnorePragma()).isTrue();
    assertThat(config.noColor()).contains(true);
  }

  @Test
  void dockwrightKeysAndPrecedence() {
    LintConfig config = parse("""
        override:
          error: [DL3008]
        rules:
          DL3008: off
          JSONArgsRecommended: info
          InvalidDefinitionDescription: warning
        shellcheck: false
        trusted-registries: [registry.example.org]
        failure-threshold: none
        """);
    assertThat(config.severities()).containsEntry("DL3008", Severity.OFF)
        .containsEntry("JSONArgsRecommended", Severity.INFO)
        .containsEntry("InvalidDefinitionDescription", Severity.WARNING);
    assertThat(config.shellcheck()).contains(false);
    assertThat(config.trustedRegistries()).containsExactly("registry.example.org");
    assertThat(config.failureThreshold()).contains(Severity.OFF);
  }

  @Test
  void onePerProblemIsOffUnlessSet() {
    assertThat(parse("").onePerProblem()).isFalse();
    assertThat(parse("no-fail: true\n").onePerProblem()).isFalse();
    assertThat(parse("one-per-problem: true\n").onePerProblem()).isTrue();
    assertThat(parse("one-per-problem: false\n").onePerProblem()).isFalse();
    assertThat(LintConfig.DEFAULTS.onePerProblem()).isFalse();
    assertThat(LintConfig.DEFAULTS.withOnePerProblem(true).onePerProblem()).isTrue();
  }

  @Test
  void emptyFileAndEmptyValuesMeanDefaults() {
    LintConfig empty = parse("");
    assertThat(empty.ignored()).isEmpty();
    assertThat(empty.failureThreshold()).isEmpty();
    assertThat(empty.effectiveFailureThreshold()).isEqualTo(Severity.INFO);
    assertThat(parse("# just a comment\n").severities()).isEmpty();
    assertThat(parse("ignored:\noverride:\n").ignored()).isEmpty();
  }

  @Test
  void errorsArePositioned() {
    assertInvalid("ignored: [DL3008]\nignore: [DL3009]\n",
        ".dockwright.yaml:2:1: unknown key 'ignore' (known: ignored, override, rules,"
            + " trustedRegistries, label-schema, strict-labels, failure-threshold, no-fail,"
            + " disable-ignore-pragma, shellcheck, no-color, one-per-problem)");
    assertInvalid("ignored: DL3008\n",
        ".dockwright.yaml:1:10: 'ignored' must be a list, found 'DL3008'");
    assertInvalid("failure-threshold: fatal\n",
        ".dockwright.yaml:1:20: 'failure-threshold' must be error, warning, info, style or off,"
            + " not 'fatal'");
    assertInvalid("override:\n  critical: [DL3008]\n",
        ".dockwright.yaml:2:3: 'override' takes error, warning, info or style, not 'critical'");
    assertInvalid("rules:\n  DL3008: loud\n",
        ".dockwright.yaml:2:11: 'rules.DL3008' must be error, warning, info, style or off,"
            + " not 'loud'");
    assertInvalid("no-fail: maybe\n", ".dockwright.yaml:1:10: 'no-fail' must be true or false");
    assertInvalid("ignored: []\none-per-problem: one\n",
        ".dockwright.yaml:2:18: 'one-per-problem' must be true or false");
    assertInvalid("label-schema:\n  a: number\n",
        ".dockwright.yaml:2:6: unknown label type 'number' (expected text, url, semver, hash,"
            + " rfc3339, spdx or email)");
    assertInvalid("ignored: [DL3008]\nignored: [DL3009]\n",
        ".dockwright.yaml:2:1: duplicate key 'ignored'");
    assertInvalid("- DL3008\n", ".dockwright.yaml:1:1: the config must be a mapping"
        + " (key: value lines)");
    assertInvalid("ignored: [\"DL 3008\"]\n",
        ".dockwright.yaml:1:11: 'DL 3008' is not a rule code or name");
  }

  @Test
  void yamlSyntaxErrorsArePositionedOneLine() {
    assertThatThrownBy(() -> parse("ignored: [DL3008\nno-fail: true\n"))
        .isInstanceOf(UserException.class)
        .hasMessageStartingWith(".dockwright.yaml:")
        .hasMessageContaining("invalid YAML")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n")
            .matches("\\.dockwright\\.yaml:\\d+:\\d+: .*"));
    assertThatThrownBy(() -> parse("a: b: c\n")).hasMessageMatching(
        "\\.dockwright\\.yaml:1:\\d+: invalid YAML: .*");
  }

  @Test
  void loadReadsFilesStrictly(@TempDir Path dir) throws Exception {
    Path file = dir.resolve(".hadolint.yaml");
    Files.writeString(file, "ignored: [DL3008]\n");
    LintConfig config = ConfigLoader.load(file, ".hadolint.yaml");
    assertThat(config.ignored()).containsExactly("DL3008");
    assertThat(config.source()).contains(file);

    Files.write(file, new byte[] {'a', ':', ' ', (byte) 0xC3, '\n'});
    assertThatThrownBy(() -> ConfigLoader.load(file, "x.yaml"))
        .hasMessage("x.yaml: config is not valid UTF-8");
    assertThatThrownBy(() -> ConfigLoader.load(dir.resolve("missing.yaml"), "missing.yaml"))
        .hasMessage("missing.yaml: cannot read config: no such file");
  }

  @Test
  void cliOverlays() {
    LintConfig config = parse("ignored: [A]\nfailure-threshold: error\n")
        .withIgnored(java.util.List.of("B"))
        .withFailureThreshold(Severity.STYLE)
        .withNoFail(true);
    assertThat(config.ignored()).containsExactlyInAnyOrder("A", "B");
    assertThat(config.effectiveFailureThreshold()).isEqualTo(Severity.STYLE);
    assertThat(config.noFail()).isEqualTo(Optional.of(true));
  }
}
