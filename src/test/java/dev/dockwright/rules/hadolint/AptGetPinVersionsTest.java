package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.RuleTester;
import org.junit.jupiter.api.Test;

class AptGetPinVersionsTest {

  private final RuleTester tester = RuleTester.of(new AptGetPinVersions());

  @Test
  void unpinnedPackagesAreNamed() {
    tester.check("""
        FROM debian:12
        # expect: DL3008 "`python`"
        RUN apt-get update && apt-get install python
        # expect: DL3008 "`curl` and `wget`"
        RUN apt-get install -y curl wget git=1:2.39.5-0+deb12u1
        # expect: DL3008
        ONBUILD RUN apt-get install -y curl
        # expect: DL3008 "`curl`"
        RUN sudo -E /usr/bin/apt-get install -y curl
        """);
  }

  @Test
  void versionsReleasesDebFilesAndTargetReleaseAreFine() {
    tester.checkClean("""
        FROM debian:12
        RUN apt-get update \\
         && apt-get -yqq --no-install-recommends install nodejs=0.10 \\
         && rm -rf /var/lib/apt/lists/*
        RUN apt-get install --no-install-recommends -y \\
            python-demjson=2.2.2* \\
            git=1:2.5.0*
        RUN apt-get install ./wkhtmltox_0.12.5-1.bionic_amd64.deb
        RUN apt-get install -y curl/bookworm-backports
        RUN apt-get install -y --no-install-recommends -t jessie-backports openjdk-8-jdk=8u131-b11-1~bpo8+1
        RUN apt-get update && apt-get upgrade -y
        """);
  }

  @Test
  void aRunBeforeAnyFromIsRead() {
    tester.check("# expect: DL3008\nRUN apt-get install python\n");
  }
}
