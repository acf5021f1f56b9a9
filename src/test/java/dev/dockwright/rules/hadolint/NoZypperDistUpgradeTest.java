package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.RuleTester;
import org.junit.jupiter.api.Test;

class NoZypperDistUpgradeTest {

  private final RuleTester tester = RuleTester.of(new NoZypperDistUpgrade());

  @Test
  void distUpgradeIsReported() {
    tester.check("""
        FROM opensuse/leap:15.6
        # expect: DL3035 "dist-upgrade"
        RUN zypper dist-upgrade
        # expect: DL3035 "dup"
        RUN zypper -n dup
        # expect: DL3035
        ONBUILD RUN zypper dup
        """);
  }

  @Test
  void otherCommandsAreFine() {
    tester.checkClean("""
        FROM opensuse/leap:15.6
        RUN zypper -n update && zypper -n patch && zypper clean
        RUN echo zypper dup
        """);
  }

  @Test
  void documentationExamples() {
    tester.checkDocumentationExamples();
  }
}
