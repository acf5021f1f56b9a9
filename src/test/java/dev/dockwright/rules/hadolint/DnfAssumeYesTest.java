package dev.dockwright.rules.hadolint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.lint.RuleTester;
import org.junit.jupiter.api.Test;

class DnfAssumeYesTest {

  private final RuleTester tester = RuleTester.of(new DnfAssumeYes());

  @Test
  void promptingCommandsWithoutYesAreReported() {
    tester.check("""
        FROM fedora:41
        # expect: DL3038 "dnf install"
        RUN dnf install httpd-2.4.24 && dnf clean all
        # expect: DL3038 "microdnf install"
        RUN microdnf install httpd-2.4.24 && microdnf clean all
        # expect: DL3038
        RUN dnf5 upgrade
        # expect: DL3038
        ONBUILD RUN dnf install httpd-2.4.24 && dnf clean all
        """);
  }

  @Test
  void yesOtherToolsAndNonPromptingActionsAreFine() {
    tester.checkClean("""
        FROM fedora:41
        RUN dnf install -y httpd-2.4.24 && dnf clean all
        RUN microdnf install -y httpd-2.4.24 && microdnf clean all
        RUN dnf -y group install "Development Tools"
        RUN notdnf install httpd
        RUN yum install httpd
        RUN dnf makecache && dnf repolist
        """);
  }

  @Test
  void fixAddsYes() {
    assertThat(tester.applyFixes("FROM fedora:41\nRUN microdnf install httpd && microdnf clean all\n"))
        .isEqualTo("FROM fedora:41\nRUN microdnf install -y httpd && microdnf clean all\n");
  }

  @Test
  void documentationExamples() {
    tester.checkDocumentationExamples();
  }
}
