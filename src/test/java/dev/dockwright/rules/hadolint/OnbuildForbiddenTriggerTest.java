package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.RuleTester;
import org.junit.jupiter.api.Test;

class OnbuildForbiddenTriggerTest {

  private final RuleTester tester = RuleTester.of(new OnbuildForbiddenTrigger());

  @Test
  void forbiddenTriggersAreReported() {
    tester.check("""
        FROM debian:buster
        # expect: DL3043 "ONBUILD ONBUILD"
        ONBUILD ONBUILD RUN anything
        # expect: DL3043 "ONBUILD FROM"
        ONBUILD FROM debian:buster
        # expect: DL3043 "ONBUILD MAINTAINER"
        onbuild maintainer "BoJack Horseman"
        """);
  }

  @Test
  void otherTriggersAndTopLevelInstructionsAreFine() {
    tester.checkClean("""
        FROM debian:buster
        MAINTAINER "Some Guy"
        ONBUILD ADD anything anywhere
        ONBUILD USER anything
        ONBUILD LABEL bla="blubb"
        ONBUILD STOPSIGNAL anything
        ONBUILD COPY anything anywhere
        ONBUILD RUN anything
        ONBUILD CMD anything
        ONBUILD SHELL anything
        ONBUILD WORKDIR anything
        ONBUILD EXPOSE 69
        ONBUILD VOLUME anything
        ONBUILD ENTRYPOINT anything
        ONBUILD ENV MYVAR="bla"
        ONBUILD ARG anything
        ONBUILD HEALTHCHECK NONE
        """);
  }

  @Test
  void documentationExamples() {
    tester.checkDocumentationExamples();
  }
}
