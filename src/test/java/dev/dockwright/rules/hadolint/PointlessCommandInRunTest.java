package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.RuleTester;
import org.junit.jupiter.api.Test;

class PointlessCommandInRunTest {

  private final RuleTester tester = RuleTester.of(new PointlessCommandInRun());

  @Test
  void interactiveAndServiceCommandsAreReported() {
    tester.check("""
        FROM debian:12
        # expect: DL3001 "top"
        RUN top
        # expect: DL3001 "service"
        RUN apt-get update && sudo service nginx start
        # expect: DL3001
        ONBUILD RUN vim /etc/hosts
        """);
  }

  @Test
  void installingThePackageOrMentioningTheWordIsFine() {
    tester.checkClean("""
        FROM debian:12
        RUN apt-get install -y ssh
        RUN echo top ps kill
        """);
  }
}
