package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.RuleTester;
import org.junit.jupiter.api.Test;

class ReservedStageAliasTest {

  private final RuleTester tester = RuleTester.of(new ReservedStageAlias());

  @Test
  void reservedNames() {
    tester.check("""
        # expect: DL3063 "`scratch`"
        FROM foo:bar AS scratch
        # expect: DL3063 "`Context`"
        FROM foo:bar AS Context
        """);
  }

  @Test
  void otherNamesAndTheScratchImageAreFine() {
    tester.checkClean("""
        FROM foo:bar AS foobar
        FROM scratch
        FROM scratch AS final
        """);
  }

  @Test
  void documentationExamples() {
    tester.checkDocumentationExamples();
  }
}
