package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.RuleTester;
import org.junit.jupiter.api.Test;

class ShellViaSymlinkTest {

  private final RuleTester tester = RuleTester.of(new ShellViaSymlink());

  @Test
  void linkingBinSh() {
    tester.check("""
        FROM debian:12
        # expect: DL4005
        RUN ln -sfv /bin/bash /bin/sh
        # expect: DL4005
        ONBUILD RUN apt-get update && sudo ln -sf bash /bin/sh
        """);
  }

  @Test
  void otherLinksAreFine() {
    tester.checkClean("""
        FROM debian:12
        RUN ln -sf /bin/true /sbin/initctl
        RUN ln -s foo bar && unrelated && something_with /bin/sh
        SHELL ["/bin/bash", "-c"]
        """);
  }

  @Test
  void documentationExamples() {
    tester.checkDocumentationExamples();
  }
}
