package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.RuleTester;
import org.junit.jupiter.api.Test;

class ZypperPinVersionsTest {

  private final RuleTester tester = RuleTester.of(new ZypperPinVersions());

  @Test
  void unpinnedPackagesAreReported() {
    tester.check("""
        FROM opensuse/leap:15.6
        # expect: DL3037 "tomcat"
        RUN zypper install -y tomcat && zypper clean
        # expect: DL3037 "vim"
        RUN zypper in -y tomcat=9.0.39 vim
        # expect: DL3037
        ONBUILD RUN zypper install -y tomcat && zypper clean
        """);
  }

  @Test
  void pinsRangesFilesAndPatternsAreFine() {
    tester.checkClean("""
        FROM opensuse/leap:15.6
        RUN zypper install -y tomcat=9.0.39 && zypper clean
        RUN zypper install -y tomcat\\>=9.0 && zypper clean
        RUN zypper install -y tomcat\\>9.0 && zypper clean
        RUN zypper install -y tomcat\\<=9.0 && zypper clean
        RUN zypper install -y tomcat\\<9.0 && zypper clean
        RUN zypper install -y 'tomcat>=9.0' && zypper clean
        RUN zypper install -y tomcat-9.0.39-1.rpm && zypper clean
        RUN zypper install -y -t pattern devel_basis && zypper clean
        RUN zypper remove -y vim
        """);
  }

  @Test
  void documentationExamples() {
    tester.checkDocumentationExamples();
  }
}
