package dev.dockwright.rules.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.lint.RuleTester;
import org.junit.jupiter.api.Test;

class ComposeVersionObsoleteTest {

  private final RuleTester tester = RuleTester.of(new ComposeVersionObsolete());

  @Test
  void topLevelVersionIsReported() {
    tester.check("""
        # the stack
        # expect: DW6001 "obsolete"
        version: '3.9'
        services:
          web:
            image: nginx:1.27
        """);
  }

  @Test
  void versionElsewhereIsNotTheTopLevelKey() {
    tester.checkClean("""
        services:
          web:
            image: nginx:1.27
            environment:
              version: "2"
        x-meta:
          version: 3
        """);
  }

  @Test
  void theFixDeletesTheWholeLine() {
    assertThat(tester.applyFixes("version: \"3.8\"  # old\nservices:\n  web:\n    image: nginx\n"))
        .isEqualTo("services:\n  web:\n    image: nginx\n");
    assertThat(tester.applyFixes("services:\n  web:\n    image: nginx\nversion: '2'"))
        .isEqualTo("services:\n  web:\n    image: nginx\n");
  }
}
