package dev.dockwright.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dockwright.lint.config.LintConfig;
import dev.dockwright.lint.demo.DemoArgDescription;
import dev.dockwright.lint.demo.DemoLatestTag;
import dev.dockwright.lint.demo.DemoMaintainer;
import dev.dockwright.syntax.DockerfileParser;
import dev.dockwright.syntax.Instruction;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The engine with the demo rules: configuration, pragmas, BuildKit check directives, errors. */
class LinterTest {

  private static RuleTester all() {
    return RuleTester.of(new DemoLatestTag(), new DemoMaintainer(), new DemoArgDescription());
  }

  @Nested
  class InlineExpectations {

    @Test
    void markedFindingsPass() {
      List<Finding> findings = RuleTester.of(new DemoLatestTag()).check("""
          # expect: DW9001 "python:latest"
          FROM python:latest
          FROM python:3.12
          # expect: DW9001
          FROM a:latest AS x
          """);
      assertThat(findings).extracting(Finding::line).containsExactly(1, 3);
    }

    @Test
    void cleanDockerfilePasses() {
      RuleTester.of(new DemoLatestTag()).checkClean("FROM python:3.12-slim\n");
    }

    @Test
    void missingAndUnexpectedFindingsFailWithTheFileShown() {
      RuleTester tester = RuleTester.of(new DemoLatestTag());
      assertThatThrownBy(() -> tester.check("""
          # expect: DW9001
          FROM python:3.12
          FROM python:latest
          """))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("missing:    line 1 DW9001")
          .hasMessageContaining("unexpected: line 2 DW9001")
          .hasMessageContaining("   2 | FROM python:latest");
    }

    @Test
    void messageFragmentMustMatch() {
      assertThatThrownBy(() -> RuleTester.of(new DemoLatestTag()).check("""
          # expect: DW9001 "ubuntu"
          FROM python:latest
          """)).hasMessageContaining("missing:");
    }

    @Test
    void markersAreRemovedBeforeLinting() {
      RuleTester.Annotated a = RuleTester.parseMarkers("""
          FROM a
          # expect: X, Y "m"
          RUN b \\
          # expect: Z
            c
          """);
      assertThat(a.text()).isEqualTo("FROM a\nRUN b \\\n  c\n");
      assertThat(a.expected()).containsExactly(new RuleTester.Expected("X", 2, null),
          new RuleTester.Expected("Y", 2, "m"), new RuleTester.Expected("Z", 3, null));
    }

    @Test
    void documentationExamplesOfTheDemoRulesHold() {
      all().checkDocumentationExamples();
    }

    @Test
    void documentationExampleThatDoesNotTriggerIsReported() {
      assertThatThrownBy(() -> RuleTester.of(new BadlyDocumented()).checkDocumentationExamples())
          .hasMessageContaining("bad example does not trigger");
    }
  }

  @Nested
  class Pragmas {

    @Test
    void hadolintAndDockwrightIgnoreTheNextInstructionOnly() {
      all().check("""
          # hadolint ignore=DW9001
          FROM a:latest
          # dockwright ignore=DemoLatestTag
          FROM b:latest
          # expect: DW9001
          FROM c:latest
          """);
    }

    @Test
    void pragmaSharesTheCommentBlockButNotAcrossABlankLine() {
      all().check("""
          # some words
          # hadolint ignore=DL3008, DW9001 # because
          # more words
          FROM a:latest
          # dockwright ignore=DW9001

          # expect: DW9001
          FROM b:latest
          """);
    }

    @Test
    void pragmaCoversEveryLineOfAContinuedInstruction() {
      all().check("""
          FROM alpine
          # hadolint ignore=DemoMaintainer
          MAINTAINER a \\
            b
          """);
    }

    @Test
    void globalIgnoreAnywhere() {
      all().check("""
          FROM a:latest
          FROM b:latest
          # hadolint global ignore=DW9001
          """);
    }

    @Test
    void stageIgnoreCoversTheRestOfItsStageOnly() {
      all().check("""
          # hadolint stage ignore=DemoMaintainer,DW9001
          FROM a:latest
          MAINTAINER a
          MAINTAINER b
          # expect: DW9001
          FROM b:latest
          # expect: DemoMaintainer
          MAINTAINER c
          # dockwright stage ignore=DemoMaintainer
          RUN x
          MAINTAINER d
          # expect: DW9001
          FROM c:latest
          # expect: DemoMaintainer
          MAINTAINER e
          """);
    }

    @Test
    void disableIgnorePragmaBringsThemBack() {
      all().config(LintConfig.DEFAULTS.withDisableIgnorePragma(true)).check("""
          # hadolint global ignore=DW9001
          # hadolint ignore=DW9001
          # expect: DW9001
          FROM a:latest
          """);
    }
  }

  @Nested
  class Configuration {

    @Test
    void ignoredRulesDoNotReport() {
      all().config(LintConfig.DEFAULTS.withIgnored(List.of("DW9001"))).checkClean(
          "FROM a:latest\n");
      all().config(LintConfig.DEFAULTS.withIgnored(List.of("DemoLatestTag"))).checkClean(
          "FROM a:latest\n");
    }

    @Test
    void severityOverrideAndOff() {
      List<Finding> findings = all().config(LintConfig.DEFAULTS.withSeverity("DW9001",
          Severity.ERROR)).check("# expect: DW9001\nFROM a:latest\n");
      assertThat(findings.get(0).severity()).isEqualTo(Severity.ERROR);
      all().config(LintConfig.DEFAULTS.withSeverity("DemoLatestTag", Severity.OFF))
          .checkClean("FROM a:latest\n");
    }

    @Test
    void defaultSeverityComesFromTheRuleSpec() {
      List<Finding> findings = all().check("# expect: DW9001\nFROM a:latest\n");
      assertThat(findings.get(0).severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void experimentalRulesAreOffUnlessEnabled() {
      all().checkClean("FROM alpine\nARG V\n");
      all().config(LintConfig.DEFAULTS.withSeverity("DemoArgDescription", Severity.WARNING))
          .check("FROM alpine\n# expect: DemoArgDescription\nARG V\n");
    }
  }

  @Nested
  class BuildKitCheckDirective {

    @Test
    void skipListedRulesByNameOrCode() {
      all().checkClean("# check=skip=DemoMaintainer,DW9001\nFROM a:latest\nMAINTAINER me\n");
    }

    @Test
    void skipAllOnlyConcernsBuildKitChecks() {
      all().check("""
          # check=skip=all
          # expect: DW9001
          FROM a:latest
          MAINTAINER me
          """);
    }

    @Test
    void valueIsCutAtTheFirstSpace() {
      all().checkClean("# check=skip=all // not today\nFROM alpine\nMAINTAINER me\n");
    }

    @Test
    void errorTrueMakesBuildKitChecksErrors() {
      List<Finding> findings = all().check("""
          # check=error=true
          # expect: DW9001
          FROM a:latest
          # expect: DemoMaintainer
          MAINTAINER me
          """);
      assertThat(findings).extracting(Finding::code, Finding::severity).containsExactly(
          org.assertj.core.groups.Tuple.tuple("DW9001", Severity.WARNING),
          org.assertj.core.groups.Tuple.tuple("DemoMaintainer", Severity.ERROR));
    }

    @Test
    void experimentalEnabledByDirectiveAndNotSkipped() {
      all().check("""
          # check=experimental=DemoArgDescription;skip=all
          FROM alpine
          # expect: DemoArgDescription
          ARG V
          """);
      all().check("""
          # check=experimental=all
          FROM alpine
          # expect: DemoArgDescription
          ARG V
          """);
    }

    @Test
    void instructionCommentSkipsThatInstructionOnly() {
      all().check("""
          FROM alpine
          # check=skip=DemoMaintainer
          MAINTAINER a
          # expect: DemoMaintainer
          MAINTAINER b
          """);
    }

    @Test
    void instructionCommentsFollowBuildKitsCollection() {
      // Blank lines do not interrupt the comments collected for an instruction; an empty '#'
      // line does; an indented comment is recorded with its '#' and never matches.
      all().check("""
          FROM alpine
          # check=skip=DemoMaintainer

          MAINTAINER a
          # check=skip=DemoMaintainer
          #
          # expect: DemoMaintainer
          MAINTAINER b
            # check=skip=DemoMaintainer
          # expect: DemoMaintainer
          MAINTAINER c
          """);
    }

    @Test
    void firstCheckCommentWinsAndInvalidOnesAreIgnored() {
      all().check("""
          FROM alpine
          # check=bogus
          # check=skip=DemoMaintainer
          # expect: DemoMaintainer
          MAINTAINER a
          # check=skip=DemoMaintainer
          # check=bogus
          MAINTAINER b
          """);
    }

    @Test
    void instructionCommentCannotSetError() {
      List<Finding> findings = all().check("""
          FROM alpine
          # check=error=true
          # expect: DemoMaintainer
          MAINTAINER a
          """);
      assertThat(findings.get(0).severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void instructionCommentEnablesAnExperimentalRuleThere() {
      all().check("""
          FROM alpine
          # check=experimental=DemoArgDescription
          # expect: DemoArgDescription
          ARG A
          ARG B
          """);
    }

    @Test
    void buildArgReplacesTheDirective() throws Exception {
      LintOptions override = new LintOptions(
          Optional.of(CheckOptions.parse("skip=DW9001")), Optional.empty());
      all().options(override).check("""
          # check=skip=all
          FROM a:latest
          # expect: DemoMaintainer
          MAINTAINER me
          """);
    }

    @Test
    void invalidDirectiveIsAnInputError() {
      String text = "# check=skip=all;bogus\nFROM alpine\n";
      LintResult result = new Linter(RuleRegistry.of(new DemoMaintainer())).lint(
          SourceFile.of("Dockerfile", text), DockerfileParser.parse("Dockerfile", text),
          LintConfig.DEFAULTS, LintOptions.DEFAULT);
      assertThat(result.findings()).isEmpty();
      assertThat(result.inputErrors()).singleElement().satisfies(e -> {
        assertThat(e.code()).isEqualTo("DL1000");
        assertThat(e.message())
            .isEqualTo("failed to parse check options: invalid check option \"bogus\"");
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.column()).isEqualTo(9);
      });
    }
  }

  @Nested
  class Failures {

    @Test
    void unparsableFileGivesPositionedInputErrorAndNoFindings() {
      String text = "# only a comment\n";
      LintResult result = new Linter(RuleRegistry.of(new DemoLatestTag())).lint(
          SourceFile.of("Dockerfile", text), DockerfileParser.parse("Dockerfile", text),
          LintConfig.DEFAULTS, LintOptions.DEFAULT);
      assertThat(result.findings()).isEmpty();
      assertThat(result.inputErrors()).isNotEmpty()
          .allSatisfy(e -> assertThat(e.code()).isEqualTo("DL1000"));
    }

    @Test
    void crashingRuleIsAnInternalErrorNotAnException() {
      String text = "FROM a:latest\n";
      LintResult result = new Linter(RuleRegistry.of(new Crashing(), new DemoLatestTag())).lint(
          SourceFile.of("Dockerfile", text), DockerfileParser.parse("Dockerfile", text),
          LintConfig.DEFAULTS, LintOptions.DEFAULT);
      assertThat(result.internalErrors()).singleElement().asString()
          .contains("DW9998").contains("IllegalStateException");
      assertThat(result.findings()).extracting(Finding::code).containsExactly("DW9001");
    }

    @Test
    void forwardedCodesObeyConfigAndPragmas() {
      RuleTester tester = RuleTester.of(new Forwarding());
      tester.check("# expect: SC2086\nFROM alpine\n# hadolint ignore=SC2086\nFROM b\n");
      tester.config(LintConfig.DEFAULTS.withIgnored(List.of("SC2086"))).checkClean("FROM a\n");
    }

    @Test
    void registryRejectsDuplicateNamesAndMissingSpecs() {
      assertThatThrownBy(() -> RuleRegistry.of(new DemoLatestTag(), new DemoLatestTag()))
          .hasMessageContaining("two rules are called DW9001");
      assertThatThrownBy(() -> RuleRegistry.of(context -> { }))
          .hasMessageContaining("has no @RuleSpec");
    }
  }

  @Nested
  class Fixes {

    @Test
    void safeFixRewritesTheInstruction() {
      String fixed = all().applyFixes("FROM alpine\nMAINTAINER Jane \"J\" Doe\nRUN true\n");
      assertThat(fixed).isEqualTo(
          "FROM alpine\nLABEL org.opencontainers.image.authors=\"Jane \\\"J\\\" Doe\"\nRUN true\n");
      List<Finding> findings = all().check("FROM alpine\n# expect: DemoMaintainer\nMAINTAINER x\n");
      assertThat(findings.get(0).fix()).hasValueSatisfying(f -> assertThat(f.safe()).isTrue());
    }
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

  @RuleSpec(code = "DW9997", name = "Forwarding", severity = Severity.INFO,
      origin = Origin.SHELLCHECK, summary = "Forwards SC2086.", rationale = "Test fixture.",
      bad = "FROM a\n", good = "")
  static final class Forwarding implements Rule {
    @Override
    public void check(RuleContext context) {
      for (Instruction i : context.dockerfile().instructions()) {
        context.reportAs("SC2086", Severity.INFO, i.keyword().range(), "Double quote.");
      }
    }
  }

  @RuleSpec(code = "DW9996", name = "BadlyDocumented", severity = Severity.INFO,
      origin = Origin.DOCKWRIGHT, summary = "Never reports.", rationale = "Test fixture.",
      bad = "FROM a\n", good = "FROM a\n")
  static final class BadlyDocumented implements Rule {
    @Override
    public void check(RuleContext context) { }
  }
}
