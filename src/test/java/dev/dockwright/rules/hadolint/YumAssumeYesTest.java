package dev.dockwright.rules.hadolint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.lint.RuleTester;
import org.junit.jupiter.api.Test;

class YumAssumeYesTest {

  private final RuleTester tester = RuleTester.of(new YumAssumeYes());

  @Test
  void promptingCommandsWithoutYesAreReported() {
    tester.check("""
        FROM centos:7
        # expect: DL3030 "yum install"
        RUN yum install httpd-2.4.24 && yum clean all
        # expect: DL3030
        RUN yum groupinstall "Development Tools"
        # expect: DL3030 "yum update"
        RUN yum update && yum clean all
        # expect: DL3030
        RUN yum module install nodejs:18
        # expect: DL3030
        ONBUILD RUN yum install httpd-2.4.24 && yum clean all
        """);
  }

  @Test
  void yesOrNonPromptingActionsAreFine() {
    tester.checkClean("""
        FROM centos:7
        RUN yum install -y httpd-2.4.24 && yum clean all
        RUN yum -y install httpd-2.4.24
        RUN yum --assumeyes localinstall ./x.rpm
        RUN yum --setopt=assumeyes=1 install httpd-2.4.24
        RUN yum clean all && yum makecache && yum list installed
        RUN bash -c `# not even a yum command`
        RUN dnf install httpd
        """);
  }

  @Test
  void fixAddsYesAfterTheAction() {
    assertThat(tester.applyFixes("FROM centos:7\nRUN yum install httpd-2.4.24\n"))
        .isEqualTo("FROM centos:7\nRUN yum install -y httpd-2.4.24\n");
  }

  @Test
  void documentationExamples() {
    tester.checkDocumentationExamples();
  }
}
