package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.RuleTester;
import org.junit.jupiter.api.Test;

/** DL4003 and DL4004, which share their logic. */
class MultipleCmdsAndEntrypointsTest {

  private final RuleTester tester = RuleTester.of(new MultipleCmds(), new MultipleEntrypoints());

  @Test
  void repeatedInOneStage() {
    tester.check("""
        FROM debian:12 AS distro1
        CMD bash
        ENTRYPOINT ["/entry.sh"]
        RUN foo
        # expect: DL4003 "line 2"
        CMD another
        # expect: DL4004 "line 3"
        ENTRYPOINT another
        # expect: DL4003
        CMD ["third"]
        FROM debian:12 AS distro2
        CMD another
        """);
  }

  @Test
  void onePerStageIsFine() {
    tester.checkClean("""
        CMD /bin/true
        FROM debian:12 AS distro1
        ENTRYPOINT bash
        CMD ["-c", "echo"]
        FROM distro1
        ENTRYPOINT another
        CMD ["x"]
        """);
  }

  @Test
  void documentationExamples() {
    tester.checkDocumentationExamples();
  }
}
