package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.RuleTester;
import org.junit.jupiter.api.Test;

class DnfCleanAllTest {

  private final RuleTester tester = RuleTester.of(new DnfCleanAll());

  @Test
  void installsWithoutCleanupAreReported() {
    tester.check("""
        FROM fedora:41
        # expect: DL3040 "dnf clean all"
        RUN dnf install -y mariadb-10.4
        # expect: DL3040 "microdnf clean all"
        RUN microdnf install -y mariadb-10.4
        # expect: DL3040
        RUN dnf in -y mariadb-10.4
        # expect: DL3040 "dnf clean all"
        RUN dnf install -y mariadb-10.4 && microdnf clean all
        # expect: DL3040
        RUN rm -rf /var/cache/libdnf5 && dnf install -y mariadb-10.4
        # expect: DL3040
        RUN dnf -y upgrade-minimal
        # expect: DL3040
        RUN dnf -y module install nodejs:20
        # expect: DL3040
        ONBUILD RUN dnf -y up
        """);
  }

  @Test
  void cleanupOrCacheMountsAreFine() {
    tester.checkClean("""
        FROM fedora:41
        RUN dnf install -y mariadb-10.4 && dnf clean all
        RUN microdnf install -y mariadb-10.4 && microdnf clean all
        RUN dnf in -y mariadb-10.4 && rm -rf /var/cache/yum/*
        RUN dnf install -y mariadb-10.4 && rm -rf /var/cache/dnf
        RUN dnf5 install -y mariadb-10.4 && rm -rf /var/cache/libdnf5*
        RUN --mount=type=cache,target=/var/cache/libdnf5 dnf install -y mariadb-10.4
        RUN --mount=type=tmpfs,target=/var/cache/dnf dnf install -y mariadb-10.4
        RUN --mount=type=cache,target=/root/.cache/libdnf5 dnf install -y mariadb-10.4
        RUN notdnf install mariadb
        RUN dnf -y rei && dnf clean all
        """);
  }

  @Test
  void aBuilderStageCopiedFromIsNotReported() {
    tester.checkClean("""
        FROM fedora:41 AS build
        RUN dnf install -y gcc-14.2.1 && gcc -o /hello /src/hello.c
        FROM registry.access.redhat.com/ubi9/ubi-micro:9.5
        COPY --from=build /hello /hello
        """);
  }

  @Test
  void documentationExamples() {
    tester.checkDocumentationExamples();
  }
}
