package dev.dockwright.rules.hadolint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.lint.RuleTester;
import org.junit.jupiter.api.Test;

class AptGetAssumeYesTest {

  private final RuleTester tester = RuleTester.of(new AptGetAssumeYes());

  @Test
  void installWithoutYesIsReported() {
    tester.check("""
        FROM debian:12
        # expect: DL3014
        RUN apt-get install python
        # expect: DL3014
        RUN apt-get install -q python
        # expect: DL3014
        RUN apt-get install --quiet python
        # expect: DL3014
        ONBUILD RUN apt-get install python
        """);
  }

  @Test
  void yesInAnySpellingIsFine() {
    tester.checkClean("""
        FROM debian:12
        RUN apt-get install -yq python
        RUN apt-get install -y python
        RUN apt-get -y install python
        RUN apt-get --yes install python
        RUN apt-get --assume-yes install python
        RUN apt-get install -qq python
        RUN apt-get install -q -q python
        RUN apt-get install -q=2 python
        RUN apt-get install --quiet --quiet python
        RUN apt-get update
        """);
  }

  @Test
  void fixAddsYes() {
    assertThat(tester.applyFixes("FROM debian:12\nRUN apt-get update && apt-get install curl\n"))
        .isEqualTo("FROM debian:12\nRUN apt-get update && apt-get -y install curl\n");
  }
}
