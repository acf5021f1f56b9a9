package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.RuleTester;
import org.junit.jupiter.api.Test;

class ApkPinVersionsTest {

  private final RuleTester tester = RuleTester.of(new ApkPinVersions());

  @Test
  void unpinnedPackagesAreReported() {
    tester.check("""
        FROM alpine:3.20
        # expect: DL3018 "`flex`"
        RUN apk add flex
        # expect: DL3018 "`libffi`"
        RUN apk add --no-cache \\
            flex=2.6.4-r1 \\
            libffi \\
            python2=2.7.13-r1
        # expect: DL3018
        ONBUILD RUN apk add curl
        """);
  }

  @Test
  void constraintsApkFilesAndOptionValuesAreFine() {
    tester.checkClean("""
        FROM alpine:3.20
        RUN apk add flex=2.6.4-r1 git~2.52.0 git~=2.52 "flex>=2.6.1-r1" "python3<3.6.12-r2"
        RUN apk add --virtual build-dependencies python-dev=1.1.1 \\
         && pip install -r requirements.txt \\
         && apk del build-dependencies
        RUN apk add --repository https://dl-cdn.alpinelinux.org/alpine/edge/testing flow=0.78.0-r0
        RUN apk add -X https://dl-cdn.alpinelinux.org/alpine/edge/testing flow=0.78.0-r0
        RUN apk add mypackage-1.1.1.apk
        RUN apk del flex
        """);
  }
}
