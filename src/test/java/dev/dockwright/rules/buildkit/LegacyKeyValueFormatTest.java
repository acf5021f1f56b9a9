package dev.dockwright.rules.buildkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.lint.Finding;
import dev.dockwright.lint.RuleTester;
import dev.dockwright.model.DockerfileModel;
import dev.dockwright.model.EnvStep;
import dev.dockwright.model.ModelOptions;
import dev.dockwright.syntax.DockerfileParser;
import java.util.List;
import org.junit.jupiter.api.Test;

class LegacyKeyValueFormatTest {

  private final RuleTester tester = RuleTester.of(new LegacyKeyValueFormat());

  @Test
  void legacyEnvAndLabelAreReportedWithTheKeywordAsWritten() {
    List<Finding> findings = tester.check("""
        FROM scratch
        # expect: LegacyKeyValueFormat
        ENV testkey value
        # expect: LegacyKeyValueFormat
        label key value
        """);
    assertThat(findings).extracting(Finding::message).containsExactly(
        "\"ENV key=value\" should be used instead of legacy \"ENV key value\" format",
        "\"label key=value\" should be used instead of legacy \"label key value\" format");
  }

  @Test
  void keyValueFormIsFine() {
    tester.checkClean("""
        FROM scratch
        ENV testkey=value other="two words"
        LABEL key=value
        ARG foo bar
        """);
  }

  @Test
  void fixUsesAnEqualsSign() {
    assertThat(tester.applyFixes("FROM scratch\nENV A 1\nLABEL b c=d\n"))
        .isEqualTo("FROM scratch\nENV A=1\nLABEL b=c=d\n");
  }

  @Test
  void fixQuotesAValueWithBlanksAndKeepsItsMeaning() {
    String before = """
        FROM scratch
        ENV DEPS \\
            curl \\
            git   make
        """;
    String after = tester.applyFixes(before);
    assertThat(after).isEqualTo("""
        FROM scratch
        ENV DEPS="curl \\
            git   make"
        """);
    assertThat(envValue(after)).isEqualTo(envValue(before));
    tester.checkClean(after);
  }

  @Test
  void noFixWhenQuotingWouldChangeTheValue() {
    String text = "FROM scratch\nENV GREETING \"hello\" world\n";
    List<Finding> findings = tester.lint(text).findings();
    assertThat(findings).hasSize(1);
    assertThat(findings.get(0).fix()).isEmpty();
  }

  private static String envValue(String dockerfile) {
    DockerfileModel m = DockerfileModel.of(DockerfileParser.parse(dockerfile),
        ModelOptions.defaults());
    return m.stages().get(0).steps(EnvStep.class).get(0).variables().get(0).value();
  }
}
