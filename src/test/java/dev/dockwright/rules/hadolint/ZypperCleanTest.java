package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.RuleTester;
import org.junit.jupiter.api.Test;

class ZypperCleanTest {

  private final RuleTester tester = RuleTester.of(new ZypperClean());

  @Test
  void installsWithoutCleanAreReported() {
    tester.check("""
        FROM opensuse/leap:15.6
        # expect: DL3036 "zypper install"
        RUN zypper install -y mariadb=10.4
        # expect: DL3036
        RUN zypper clean && zypper install -y mariadb=10.4
        # expect: DL3036 "zypper refresh"
        RUN zypper refresh
        # expect: DL3036
        ONBUILD RUN zypper in -y mariadb=10.4
        """);
  }

  @Test
  void cleanOrCacheMountsAreFine() {
    tester.checkClean("""
        FROM opensuse/leap:15.6
        RUN zypper install -y mariadb=10.4 && zypper clean
        RUN zypper install -y mariadb=10.4 && zypper cc
        RUN zypper install -y mariadb=10.4 && zypper clean --all
        RUN zypper install -y mariadb=10.4 && rm -rf /var/cache/zypp/*
        RUN --mount=type=cache,target=/var/cache/zypp zypper install -y mariadb
        RUN --mount=type=tmpfs,target=/var/cache/zypp zypper install -y mariadb
        RUN zypper search mariadb
        """);
  }

  @Test
  void documentationExamples() {
    tester.checkDocumentationExamples();
  }
}
