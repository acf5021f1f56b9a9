package dev.dockwright.rules.buildkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.lint.Finding;
import dev.dockwright.lint.RuleTester;
import dev.dockwright.syntax.expand.Env;
import dev.dockwright.syntax.expand.VariableExpander;
import java.util.List;
import org.junit.jupiter.api.Test;

class MaintainerDeprecatedTest {

  private final RuleTester tester = RuleTester.of(new MaintainerDeprecated());

  @Test
  void maintainerIsReported() {
    List<Finding> findings = tester.check("""
        FROM alpine
        # expect: MaintainerDeprecated
        MAINTAINER moby@example.com
        """);
    assertThat(findings.get(0).message())
        .isEqualTo("Maintainer instruction is deprecated in favor of using label");
  }

  @Test
  void labelIsFine() {
    tester.checkClean("""
        FROM alpine
        LABEL org.opencontainers.image.authors="moby@example.com"
        """);
  }

  @Test
  void fixReplacesItWithTheAuthorsLabel() {
    assertThat(tester.applyFixes("FROM alpine\nmaintainer Jane Doe <jane@example.com>\nRUN x\n"))
        .isEqualTo("FROM alpine\nLABEL org.opencontainers.image.authors=\"Jane Doe"
            + " <jane@example.com>\"\nRUN x\n");
  }

  @Test
  void fixKeepsQuotesDollarsAndBackslashesVerbatim() {
    String text = "\"Jane\" $HOME C:\\x";
    String quoted = MaintainerDeprecated.quoted(text, '\\');
    assertThat(new VariableExpander().expand(quoted, Env.empty()).text()).isEqualTo(text);
    String backtick = MaintainerDeprecated.quoted(text, '`');
    assertThat(new VariableExpander('`', dev.dockwright.syntax.expand.ExpansionOptions.DEFAULT)
        .expand(backtick, Env.empty()).text()).isEqualTo(text);
  }
}
