package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.RuleTester;
import org.junit.jupiter.api.Test;

class DnfPinVersionsTest {

  private final RuleTester tester = RuleTester.of(new DnfPinVersions());

  @Test
  void unpinnedPackagesAreReported() {
    tester.check("""
        FROM fedora:41
        # expect: DL3041 "tomcat"
        RUN dnf install -y tomcat && dnf clean all
        # expect: DL3041
        RUN microdnf install -y tomcat && microdnf clean all
        # expect: DL3041 "rpm-sign"
        RUN dnf install -y rpm-sign && dnf clean all
        # expect: DL3041
        RUN dnf module install -y tomcat && dnf clean all
        # expect: DL3041
        ONBUILD RUN dnf install -y tomcat && dnf clean all
        """);
  }

  @Test
  void pinnedPackagesGroupsAndOtherToolsAreFine() {
    tester.checkClean("""
        FROM fedora:41
        RUN dnf install -y tomcat-9.0.1 && dnf clean all
        RUN microdnf install -y tomcat-9.0.1 && microdnf clean all
        RUN dnf install -y rpm-sign-4.16.1.3 && dnf clean all
        RUN dnf install -y gcc-c++-1.1.1 openssl-1:1.1.1k
        RUN dnf module install -y tomcat:9 && dnf clean all
        RUN dnf -y group install "Development Tools"
        RUN dnf -y --setopt=group_package_types="mandatory" group install "Development Tools"
        RUN microdnf group install -y "Development Tools" && microdnf clean all
        RUN notdnf install tomcat
        RUN notdnf module install tomcat
        """);
  }

  @Test
  void versionsFromVariables() {
    tester.checkClean("""
        ARG version=2.51.0-2.fc42
        RUN dnf -y install git-core-$version
        """);
    tester.check("""
        FROM fedora:42 AS build
        ENV version=2.51.0-2.fc42
        FROM fedora:42
        # expect: DL3041 "not defined"
        RUN dnf -y install git-core-${version}
        """);
  }

  @Test
  void documentationExamples() {
    tester.checkDocumentationExamples();
  }
}
