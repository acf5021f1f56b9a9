package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.RuleTester;
import org.junit.jupiter.api.Test;

class NoSudoTest {

  private final RuleTester tester = RuleTester.of(new NoSudo());

  @Test
  void sudoAnywhereInARunOrTrigger() {
    tester.check("""
        FROM debian:12
        # expect: DL3004
        RUN sudo apt-get update
        # expect: DL3004
        RUN apt-get update && sudo -E apt-get install -y curl
        # expect: DL3004
        ONBUILD RUN sudo make install
        """);
  }

  @Test
  void installingSudoIsFine() {
    tester.checkClean("""
        FROM debian:12
        RUN apt-get install -y sudo
        RUN echo sudo
        """);
  }
}
