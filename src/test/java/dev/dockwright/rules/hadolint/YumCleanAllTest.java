package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.RuleTester;
import org.junit.jupiter.api.Test;

class YumCleanAllTest {

  private final RuleTester tester = RuleTester.of(new YumCleanAll());

  @Test
  void installsWithoutCleanupAreReported() {
    tester.check("""
        FROM centos:7
        # expect: DL3032 "yum install"
        RUN yum install -y mariadb-10.4
        # expect: DL3032
        RUN yum clean all && yum install -y mariadb-10.4
        # expect: DL3032 "yum update"
        RUN yum -y update
        # expect: DL3032
        RUN yum install -y a-1 && yum clean all && yum install -y b-2
        # expect: DL3032
        RUN yum install -y a-1 && yum clean packages
        # expect: DL3032
        ONBUILD RUN yum install -y mariadb-10.4
        """);
  }

  @Test
  void cleanupInTheSameRunOrACacheMountIsFine() {
    tester.checkClean("""
        FROM centos:7
        RUN yum install -y mariadb-10.4 && yum clean all
        RUN yum install -y mariadb-10.4 && rm -rf /var/cache/yum/*
        RUN yum install -y mariadb-10.4 && rm -rf /var/cache/yum
        RUN yum clean all && yum install -y a-1 && yum clean all
        RUN --mount=type=cache,target=/var/cache/yum yum install -y mariadb-10.4
        RUN bash -c `# not even a yum command`
        RUN dnf install -y mariadb-10.4
        """);
  }

  @Test
  void builderStagesThatDoNotShipAreNotReported() {
    tester.check("""
        FROM centos:7 AS build
        RUN yum install -y gcc-4.8.5 && gcc --version > /v
        FROM centos:7 AS base
        # expect: DL3032
        RUN yum install -y httpd-2.4.6
        FROM base
        COPY --from=build /v /v
        """);
  }

  @Test
  void documentationExamples() {
    tester.checkDocumentationExamples();
  }
}
