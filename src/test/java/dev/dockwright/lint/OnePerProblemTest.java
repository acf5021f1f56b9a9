package dev.dockwright.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.lint.config.LintConfig;
import dev.dockwright.rules.BuiltinRules;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code one-per-problem} over the built-in rules, and the overlaps the rules declare. */
class OnePerProblemTest {

  private static final RuleRegistry BUILTIN = BuiltinRules.registry();
  private static final Linter LINTER = new Linter(BUILTIN);
  private static final LintConfig ALL = LintConfig.DEFAULTS.withShellcheck(false);
  private static final LintConfig ONE = ALL.withOnePerProblem(true);

  private static List<String> findings(String dockerfile, LintConfig config) {
    LintResult result = LINTER.lint(SourceFile.of("Dockerfile", dockerfile), config,
        LintOptions.DEFAULT);
    assertThat(result.inputErrors()).isEmpty();
    assertThat(result.internalErrors()).isEmpty();
    return result.findings().stream()
        .map(f -> f.line() + " " + f.code() + " " + f.severity().id()).toList();
  }

  private static final String PIP = "FROM python:3.12-slim\nRUN pip install flask\n";

  @Test
  void pipCacheIsReportedByBothFamiliesByDefaultAndOnceWhenAsked() {
    assertThat(findings(PIP, ALL)).contains("2 DL3042 warning", "2 DW1004 warning");
    assertThat(findings(PIP, ONE)).contains("2 DW1004 warning")
        .doesNotContain("2 DL3042 warning");
  }

  @Test
  void nonOverlappingFindingsOnTheSameLineStay() {
    List<String> all = findings(PIP, ALL);
    List<String> one = findings(PIP, ONE);
    // DL3013 (pin versions) is on the same line as DL3042 and DW1004 but overlaps neither
    assertThat(all).contains("2 DL3013 warning");
    assertThat(one).contains("2 DL3013 warning");
    assertThat(one).hasSize(all.size() - 1);
  }

  @Test
  void theMoreSevereFindingIsKeptWhateverItsFamily() {
    String maintainer = "FROM python:3.12-slim\nMAINTAINER me\n";
    assertThat(findings(maintainer, ALL))
        .contains("2 DL4000 error", "2 MaintainerDeprecated warning");
    assertThat(findings(maintainer, ONE)).contains("2 DL4000 error")
        .doesNotContain("2 MaintainerDeprecated warning");
    // hadolint's rule made less severe than BuildKit's: BuildKit's is kept
    LintConfig quietHadolint = ONE.withSeverity("DL4000", Severity.STYLE);
    assertThat(findings(maintainer, quietHadolint)).contains("2 MaintainerDeprecated warning")
        .doesNotContain("2 DL4000 style");
  }

  @Test
  void onATieHadolintWinsOverBuildkit() {
    String relative = "FROM python:3.12-slim\nWORKDIR app\n";
    LintConfig tie = ONE.withSeverity("DL3000", Severity.WARNING);
    assertThat(findings(relative, tie)).contains("2 DL3000 warning")
        .doesNotContain("2 WorkdirRelativePath warning");
  }

  @Test
  void findingsOnDifferentLinesAreNeverMerged() {
    // BuildKit reports the earlier CMD, hadolint the later: one problem, two lines, both kept
    String twoCmds = "FROM python:3.12-slim\nCMD [\"a\"]\nCMD [\"b\"]\n";
    List<String> all = findings(twoCmds, ALL);
    assertThat(all).contains("2 MultipleInstructionsDisallowed warning", "3 DL4003 warning");
    assertThat(findings(twoCmds, ONE)).isEqualTo(all);
  }

  @Test
  void aFileWithoutOverlapsIsUnchanged() {
    String clean = "FROM python:3.12-slim\nRUN pip install --no-cache-dir flask==3.0.0\n";
    assertThat(findings(clean, ONE)).isEqualTo(findings(clean, ALL));
  }

  @Test
  void declaredOverlapsNameBuiltinRulesByCodeAndAreSymmetric() {
    List<RuleInfo> infos = BUILTIN.entries().stream().map(RuleRegistry.Entry::info).toList();
    assertThat(infos).filteredOn(i -> !i.overlaps().isEmpty()).hasSizeGreaterThanOrEqualTo(20);
    for (RuleInfo info : infos) {
      for (String other : info.overlaps()) {
        assertThat(BUILTIN.find(other)).as(info.code() + " overlaps " + other).isPresent();
        assertThat(BUILTIN.find(other).get().info().code()).isEqualTo(other);
        assertThat(BUILTIN.overlap(other, info.code())).as(other + " <-> " + info.code()).isTrue();
        assertThat(other).isNotEqualTo(info.code());
      }
    }
    assertThat(BUILTIN.find("DL3042").get().info().overlaps()).containsExactly("DW1004");
    assertThat(BUILTIN.find("DW1004").get().info().overlaps()).containsExactly("DL3009", "DL3042");
    assertThat(BUILTIN.find("MultipleInstructionsDisallowed").get().info().overlaps())
        .containsExactly("DL3012", "DL4003", "DL4004");
    assertThat(BUILTIN.overlap("DL3012", "DL4003")).isFalse();
    assertThat(BUILTIN.overlap("DL3042", "DL3013")).isFalse();
  }

  @Test
  void explainSaysWhatARuleOverlaps() {
    assertThat(RuleDocs.text(BUILTIN.find("DL3042").get().info())).contains("Overlaps: DW1004\n");
    assertThat(RuleDocs.text(BUILTIN.find("DL3013").get().info())).doesNotContain("Overlaps");
    assertThat(RuleDocs.markdown(BUILTIN.find("DL4000").get().info()))
        .contains("## Overlaps\n\n[MaintainerDeprecated](MaintainerDeprecated.md)");
  }
}
