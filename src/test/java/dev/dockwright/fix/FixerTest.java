package dev.dockwright.fix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.lint.Fix;
import dev.dockwright.lint.FixSafety;
import dev.dockwright.lint.LintOptions;
import dev.dockwright.lint.Linter;
import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleRegistry;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.lint.SourceFile;
import dev.dockwright.lint.TextEdit;
import dev.dockwright.lint.config.LintConfig;
import dev.dockwright.syntax.Instruction;
import dev.dockwright.syntax.InstructionKind;
import org.junit.jupiter.api.Test;

class FixerTest {

  /** Upper-cases lower-case keywords, one finding per instruction (so fixes never overlap). */
  @RuleSpec(code = "T1", name = "Upper", severity = Severity.STYLE, origin = Origin.DOCKWRIGHT,
      summary = "s", rationale = "r", bad = "from a\n", good = "FROM a\n", fix = "upper",
      fixSafety = FixSafety.SAFE)
  static final class Upper implements Rule {
    @Override
    public void check(RuleContext c) {
      for (Instruction i : c.dockerfile().instructions()) {
        String kw = i.keyword().value();
        if (!kw.equals(kw.toUpperCase())) {
          c.report(i.keyword().range(), "lower", Fix.safe("upper", TextEdit.replace(
              i.keyword().range().startOffset(), i.keyword().range().endOffset(), kw.toUpperCase())));
        }
      }
    }
  }

  /** A broken fix: turns `ENV A=1` into `ENV A`, which BuildKit rejects. */
  @RuleSpec(code = "T2", name = "Breaker", severity = Severity.STYLE, origin = Origin.DOCKWRIGHT,
      summary = "s", rationale = "r", bad = "b", good = "g", fix = "breaks", fixSafety = FixSafety.SAFE)
  static final class Breaker implements Rule {
    @Override
    public void check(RuleContext c) {
      for (Instruction i : c.dockerfile().instructions()) {
        if (i.kind() == InstructionKind.ENV) {
          c.report(i.range(), "env", Fix.safe("break", TextEdit.replace(
              i.range().startOffset(), i.range().endOffset(), "ENV A")));
        }
      }
    }
  }

  /** Unsafe fix: deletes RUN lines. */
  @RuleSpec(code = "T3", name = "NoRun", severity = Severity.STYLE, origin = Origin.DOCKWRIGHT,
      summary = "s", rationale = "r", bad = "b", good = "g", fix = "delete", fixSafety = FixSafety.UNSAFE)
  static final class NoRun implements Rule {
    @Override
    public void check(RuleContext c) {
      for (Instruction i : c.dockerfile().instructions()) {
        if (i.kind() == InstructionKind.RUN) {
          c.report(i.range(), "run", Fix.unsafe("delete", TextEdit.replace(
              i.range().startOffset(), i.range().endOffset(), "# removed")));
        }
      }
    }
  }

  /** The same problem and the same fix as {@link Upper}, under another code (DL3009 and DW1004). */
  @RuleSpec(code = "T4", name = "UpperToo", severity = Severity.STYLE, origin = Origin.DOCKWRIGHT,
      summary = "s", rationale = "r", bad = "from a\n", good = "FROM a\n", fix = "upper",
      fixSafety = FixSafety.SAFE)
  static final class UpperToo implements Rule {
    @Override
    public void check(RuleContext c) {
      new Upper().check(c);
    }
  }

  private static Fixer.Outcome fix(String text, boolean unsafe, Rule... rules) {
    return new Fixer(new Linter(RuleRegistry.of(rules)))
        .fix(SourceFile.of("Dockerfile", text), LintConfig.DEFAULTS, LintOptions.DEFAULT, unsafe);
  }

  @Test
  void appliesEveryNonOverlappingFixAndReportsWhatRemains() {
    Fixer.Outcome o = fix("from alpine\nrun echo hi\n", false, new Upper());
    assertThat(o.text()).isEqualTo("FROM alpine\nRUN echo hi\n");
    assertThat(o.applied()).hasSize(2);
    assertThat(o.remaining().findings()).isEmpty();
  }

  @Test
  void aFixThatBreaksTheFileIsNotApplied() {
    String text = "FROM alpine\nENV A=1\n";
    Fixer.Outcome o = fix(text, false, new Breaker());
    assertThat(o.text()).isEqualTo(text);
    assertThat(o.applied()).isEmpty();
    assertThat(o.remaining().findings()).extracting(f -> f.code()).containsExactly("T2");
  }

  @Test
  void aFindingWhoseFixAnotherRuleAppliesCountsAsFixed() {
    Fixer.Outcome o = fix("from alpine\n", false, new Upper(), new UpperToo());
    assertThat(o.text()).isEqualTo("FROM alpine\n");
    assertThat(o.applied()).extracting(f -> f.code()).containsExactly("T1", "T4");
    assertThat(o.remaining().findings()).isEmpty();
  }

  @Test
  void unsafeFixesOnlyWhenAsked() {
    String text = "FROM alpine\nRUN echo hi\n";
    assertThat(fix(text, false, new NoRun()).text()).isEqualTo(text);
    assertThat(fix(text, true, new NoRun()).text()).isEqualTo("FROM alpine\n# removed\n");
  }
}
