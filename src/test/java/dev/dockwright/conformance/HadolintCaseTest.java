package dev.dockwright.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dockwright.lint.RuleRegistry;
import dev.dockwright.lint.config.LabelType;
import dev.dockwright.lint.demo.DemoLatestTag;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The harness's reading of cases and of the differences document, without the shared data. */
class HadolintCaseTest {

  private static HadolintCase parse(String json) throws Exception {
    return HadolintCase.parse(new ObjectMapper().readTree(json));
  }

  @Test
  void onbuildCasesLintTheOnbuildTextAndCountExactly() throws Exception {
    HadolintCase c = parse("""
        {"id": "DL3008-002", "rule": "DL3008", "expect": "violation", "onbuild": true,
         "dockerfile": "RUN x\\n", "dockerfile_onbuild": "ONBUILD RUN x\\n", "config": null,
         "count": 1, "source": "s", "source_line": 1, "describe": "d", "description": "t"}
        """);
    assertThat(c.text()).isEqualTo("ONBUILD RUN x\n");
    assertThat(c.agreesWith(1)).isTrue();
    assertThat(c.agreesWith(2)).isFalse();
    assertThat(c.agreesWith(0)).isFalse();
  }

  @Test
  void violationWithoutCountNeedsAtLeastOneAndNoViolationNone() throws Exception {
    HadolintCase v = parse("""
        {"id": "DL3000-001", "rule": "DL3000", "expect": "violation", "onbuild": false,
         "dockerfile": "WORKDIR a\\n", "config": null}
        """);
    assertThat(v.agreesWith(3)).isTrue();
    assertThat(v.agreesWith(0)).isFalse();
    assertThat(v.counts("DL3000")).isTrue();
    assertThat(v.counts("DL3001")).isFalse();
  }

  @Test
  void configurationFieldsAreMapped() throws Exception {
    HadolintCase c = parse("""
        {"id": "ANY-002", "rule": "*", "expect": "no-violation", "onbuild": false,
         "dockerfile": "FROM a\\n", "count": 0, "config": {"raw": "...", "fields": {
           "labelSchema": {"a": "GitHash", "b": "RawText"}, "strictLabels": true,
           "allowedRegistries": ["docker.io"], "ignoreRules": ["DL3057"]}}}
        """);
    assertThat(c.settings().labelSchema()).containsEntry("a", LabelType.HASH)
        .containsEntry("b", LabelType.TEXT);
    assertThat(c.settings().strictLabels()).isTrue();
    assertThat(c.settings().allowedRegistries()).containsExactly("docker.io");
    assertThat(c.counts("DL3057")).isFalse();
    assertThat(c.counts("DL3006")).isTrue();
    assertThat(c.counts("SC2086")).isTrue();
    assertThat(c.counts("StageNameCasing")).as("BuildKit's checks are not hadolint's").isFalse();
  }

  @Test
  void differencesAreReadFromTableRowsWithTheirReasons() {
    HadolintDifferences d = HadolintDifferences.parse("""
        # Differences
        | case | reason | hadolint says |
        | --- | --- | --- |
        | `DL3002-005` | the stage never ships | violation |
        Text mentioning `DL3002-006` is not a row.
        """);
    assertThat(d.reasons()).containsOnlyKeys("DL3002-005");
    assertThat(d.reasons().get("DL3002-005")).isEqualTo("the stage never ships");
  }

  @Test
  void aDeliberateDifferenceCountsAsAgreeingAndOnlyThen() throws Exception {
    HadolintCase c = parse("""
        {"id": "DL9001-001", "rule": "DW9001", "expect": "no-violation", "onbuild": false,
         "dockerfile": "FROM python:latest\\n", "config": null, "count": 0}
        """);
    HadolintConformance plain =
        new HadolintConformance(RuleRegistry.of(new DemoLatestTag()), HadolintDifferences.none());
    assertThat(plain.run(c).passes()).isFalse();
    assertThat(plain.implemented("DW9001", List.of(c))).isTrue();
    assertThat(plain.implemented("DL3008", List.of(c))).isFalse();
    HadolintDifferences other = HadolintDifferences.parse("| `DL9001-002` | x |\n");
    assertThat(new HadolintConformance(RuleRegistry.of(new DemoLatestTag()), other).run(c)
        .passes()).isFalse();
    HadolintDifferences listed = HadolintDifferences.parse("| `DL9001-001` | x |\n");
    HadolintConformance.Outcome outcome =
        new HadolintConformance(RuleRegistry.of(new DemoLatestTag()), listed).run(c);
    assertThat(outcome.agrees()).isFalse();
    assertThat(outcome.passes()).isTrue();
  }
}
