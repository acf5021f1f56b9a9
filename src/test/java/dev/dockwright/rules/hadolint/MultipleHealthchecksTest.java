package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.RuleTester;
import org.junit.jupiter.api.Test;

class MultipleHealthchecksTest {

  private final RuleTester tester = RuleTester.of(new MultipleHealthchecks());

  @Test
  void everyHealthcheckAfterTheFirstInAStage() {
    tester.check("""
        FROM scratch
        HEALTHCHECK CMD /bin/bla1
        # expect: DL3012
        HEALTHCHECK CMD /bin/bla2
        # expect: DL3012
        HEALTHCHECK NONE
        """);
  }

  @Test
  void oneHealthcheckPerStageIsFine() {
    tester.checkClean("""
        FROM scratch
        HEALTHCHECK CMD /bin/bla1
        FROM scratch
        HEALTHCHECK CMD /bin/bla2
        """);
  }
}
