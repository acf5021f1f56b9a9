package dev.dockwright.rules.hadolint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.lint.RuleTester;
import org.junit.jupiter.api.Test;

class NoAptTest {

  private final RuleTester tester = RuleTester.of(new NoApt());

  @Test
  void aptIsReported() {
    tester.check("""
        FROM ubuntu:24.04
        # expect: DL3027 "apt install"
        RUN apt install python
        # expect: DL3027, DL3027
        RUN apt update && sudo apt upgrade -y
        # expect: DL3027
        ONBUILD RUN apt install python
        """);
  }

  @Test
  void aptGetAptCacheAndWordsThatAreNotTheProgramAreFine() {
    tester.checkClean("""
        FROM ubuntu:24.04
        RUN apt-get update && apt-get install -y python3
        RUN apt-cache policy python3
        RUN echo apt install && ls /etc/apt
        RUN dpkg -l apt
        """);
  }

  @Test
  void fixUsesAptGetOrAptCacheWhereTheMeaningIsTheSame() {
    assertThat(tester.applyFixes("""
        FROM ubuntu:24.04
        RUN apt update && apt install -y curl && apt full-upgrade -y
        RUN sudo /usr/bin/apt search curl
        RUN apt upgrade -y && apt list --installed
        """)).isEqualTo("""
        FROM ubuntu:24.04
        RUN apt-get update && apt-get install -y curl && apt-get dist-upgrade -y
        RUN sudo /usr/bin/apt-cache search curl
        RUN apt upgrade -y && apt list --installed
        """);
  }

  @Test
  void documentationExamples() {
    tester.checkDocumentationExamples();
  }
}
