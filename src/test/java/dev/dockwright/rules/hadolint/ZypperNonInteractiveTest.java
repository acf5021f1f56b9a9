package dev.dockwright.rules.hadolint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.lint.RuleTester;
import org.junit.jupiter.api.Test;

class ZypperNonInteractiveTest {

  private final RuleTester tester = RuleTester.of(new ZypperNonInteractive());

  @Test
  void promptingCommandsAreReported() {
    tester.check("""
        FROM opensuse/leap:15.6
        # expect: DL3034 "zypper install"
        RUN zypper install httpd=2.4.24 && zypper clean
        # expect: DL3034
        RUN zypper rm vim
        # expect: DL3034
        RUN zypper patch
        # expect: DL3034
        ONBUILD RUN zypper in httpd=2.4.24
        """);
  }

  @Test
  void nonInteractiveSwitchesAreFine() {
    tester.checkClean("""
        FROM opensuse/leap:15.6
        RUN zypper install -n httpd=2.4.24 && zypper clean
        RUN zypper install --non-interactive httpd=2.4.24 && zypper clean
        RUN zypper install -y httpd=2.4.24 && zypper clean
        RUN zypper install --no-confirm httpd=2.4.24 && zypper clean
        RUN zypper -n in httpd=2.4.24
        RUN zypper --non-interactive patch
        RUN zypper refresh && zypper search vim
        """);
  }

  @Test
  void fixAddsTheGlobalSwitch() {
    assertThat(tester.applyFixes("FROM opensuse/leap:15.6\nRUN zypper install httpd=2.4.24\n"))
        .isEqualTo("FROM opensuse/leap:15.6\nRUN zypper --non-interactive install httpd=2.4.24\n");
  }

  @Test
  void documentationExamples() {
    tester.checkDocumentationExamples();
  }
}
