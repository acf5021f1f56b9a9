package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.RuleTester;
import org.junit.jupiter.api.Test;

class UseWorkdirTest {

  private final RuleTester tester = RuleTester.of(new UseWorkdir());

  @Test
  void cdInARunIsReportedOncePerRun() {
    tester.check("""
        FROM debian:12
        # expect: DL3003
        RUN cd /opt && make && cd /tmp && make
        RUN make -C /src \\
        # expect: DL3003
         && cd /opt
        """);
  }

  @Test
  void workdirAndOnbuildTriggersAreFine() {
    tester.checkClean("""
        FROM debian:12
        WORKDIR /opt
        RUN make
        ONBUILD RUN cd /src && make
        """);
  }
}
