package dev.dockwright.rules.hadolint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.lint.Finding;
import dev.dockwright.lint.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnvSelfReferenceTest {

  private final RuleTester tester = RuleTester.of(new EnvSelfReference());

  @Test
  void aValueUsingAVariableSetEarlierInTheSameEnvIsReported() {
    tester.check("""
        # expect: DL3044 "$BLA"
        ENV BLA="blubb" BLUBB="${BLA}/blubb"
        # expect: DL3044
        ENV BLA="blubb" BLUBB="$BLA/blubb"
        # expect: DL3044
        ENV BLA="blubb" BLUBB="$BLA/$BLAFOO/blubb"
        # expect: DL3044
        ENV BLA="blubb" BLUBB="$BLA"
        # expect: DL3044
        ENV PATH=/bla:${PATH} PATH=/blubb:${PATH}
        # expect: DL3044
        ENV A=1 B=${A:-2}
        """);
  }

  @Test
  void separateEnvsPartialNamesAndOwnValuesAreFine() {
    tester.checkClean("""
        ENV BLA="blubb"
        ENV BLUBB="${BLA}/blubb"
        ENV BLA="blubb" BLUBB="${FOOBLA}/blubb"
        ENV BLA="blubb" BLUBB="${BLAFOO}/blubb"
        ENV BLA="blubb" BLUBB="$FOOBLA/blubb"
        ENV BLA="blubb" BLUBB="$BLAFOO/blubb"
        ENV BLA="blubb" BLUBB="BLA/$BLAFOO/BLA"
        ENV PATH=/bla:${PATH}
        ENV PATH=/blubb:${PATH}
        ENV BLA blubb
        ENV BLA=${BLA}
        ENV A=1 B='$A' C=\\$A
        """);
  }

  @Test
  void reExportingAnArgUnchangedIsFine() {
    tester.checkClean("""
        FROM python:3.12-slim
        ARG VERSION=1.2.3
        ENV VERSION=$VERSION URL=https://example.com/v$VERSION
        ENV VERSION="${VERSION}" OTHER=$VERSION
        """);
  }

  @Test
  void aReferenceBeforeTheAssignmentReadsTheOldValueAsAShellWould() {
    tester.checkClean("FROM python:3.12-slim\nENV OLD=$PATH PATH=/venv/bin:$PATH\n");
  }

  @Test
  void fixSplitsTheEnv() {
    List<Finding> findings = tester.check("""
        FROM python:3.12-slim
        # expect: DL3044
        ENV APP=/app DATA=$APP/data LOGS=$DATA/logs X=1
        """);
    assertThat(findings.get(0).fix()).hasValueSatisfying(f -> assertThat(f.safe()).isFalse());
    assertThat(tester.applyFixes("""
        FROM python:3.12-slim
        ENV APP=/app DATA=$APP/data LOGS=$DATA/logs X=1
        ENV A=1 \\
            B=$A
        """)).isEqualTo("""
        FROM python:3.12-slim
        ENV APP=/app
        ENV DATA=$APP/data
        ENV LOGS=$DATA/logs X=1
        ENV A=1
        ENV B=$A
        """);
  }

  @Test
  void documentationExamples() {
    tester.checkDocumentationExamples();
  }
}
