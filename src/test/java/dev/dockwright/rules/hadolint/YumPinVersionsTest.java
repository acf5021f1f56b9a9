package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.RuleTester;
import org.junit.jupiter.api.Test;

class YumPinVersionsTest {

  private final RuleTester tester = RuleTester.of(new YumPinVersions());

  @Test
  void unpinnedPackagesAndModulesAreReported() {
    tester.check("""
        FROM centos:7
        # expect: DL3033 "tomcat"
        RUN yum install -y tomcat && yum clean all
        # expect: DL3033 "rpm-sign"
        RUN yum install -y rpm-sign
        # expect: DL3033 "module:stream"
        RUN yum module install -y tomcat && yum clean all
        # expect: DL3033
        ONBUILD RUN yum install -y tomcat && yum clean all
        """);
  }

  @Test
  void versionsModuleStreamsAndFilesAreFine() {
    tester.checkClean("""
        FROM centos:7
        RUN yum install -y tomcat-9.2 && yum clean all
        RUN yum install -y openssl-1:1.1.1k
        RUN yum install -y rpm-sign-4.16.1.3
        RUN yum install -y gcc-c++-1.1.1
        RUN yum module install -y tomcat:9 && yum clean all
        RUN yum install -y https://example.com/epel-release-latest-7.noarch.rpm /tmp/x.rpm
        RUN yum install -y @development
        RUN yum groupinstall -y "Development Tools"
        RUN bash -c `# not even a yum command`
        """);
  }

  @Test
  void aVersionFromAVariableCountsWhereTheVariableIsDefined() {
    tester.checkClean("""
        ENV version=2.51.0-2.fc42
        RUN yum -y install git-core-${version}
        """);
    tester.checkClean("""
        ARG version=2.51.0-2.fc42
        RUN yum -y install git-core-$version
        """);
    tester.checkClean("""
        FROM fedora:42 AS build
        ENV version=2.51.0-2.fc42
        FROM build
        RUN yum -y install git-core-${version}
        """);
    tester.checkClean("""
        FROM fedora:42
        ARG VERSION
        RUN v=2.51.0 && yum -y install git-core-$v tig-${VERSION}
        """);
    tester.check("""
        FROM fedora:42
        ARG PKG=git-core
        # expect: DL3033 "${PKG}"
        RUN yum -y install ${PKG}
        """);
  }

  @Test
  void aVariableOfAnotherStageGivesNoVersion() {
    tester.check("""
        FROM fedora:42 AS build
        ENV version=2.51.0-2.fc42
        FROM fedora:42
        # expect: DL3033 "not defined"
        RUN yum -y install git-core-${version}
        """);
    // hadolint treats ARGs as global; Docker scopes them to their stage (a deliberate difference)
    tester.check("""
        FROM fedora:42 AS build
        ARG version=2.51.0-2.fc42
        FROM fedora:42
        # expect: DL3033 "`version` is not defined"
        RUN yum -y install git-core-${version}
        """);
  }

  @Test
  void aVariableFromNowhereGivesNoVersionLikeInHadolint() {
    tester.check("""
        FROM fedora:42
        # expect: DL3033 "Pin the version of `git-core-${version}`"
        RUN . /etc/os-release && yum -y install git-core-${version}
        """);
  }

  @Test
  void loopVariablesAreNotCalledUndefined() {
    tester.checkClean("""
        FROM fedora:42
        RUN for p in a-1 b-2; do yum -y install "x-$p"; done
        """);
  }

  @Test
  void documentationExamples() {
    tester.checkDocumentationExamples();
  }
}
