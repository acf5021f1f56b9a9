package dev.dockwright.rules.hadolint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.lint.Finding;
import dev.dockwright.lint.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class AptGetNoInstallRecommendsTest {

  private final RuleTester tester = RuleTester.of(new AptGetNoInstallRecommends());

  @Test
  void installWithoutTheFlagIsReported() {
    tester.check("""
        FROM debian:12
        # expect: DL3015
        RUN apt-get install python
        # expect: DL3015
        RUN apt-get -y install python
        # expect: DL3015
        ONBUILD RUN apt-get install -y python
        """);
  }

  @Test
  void theFlagOrTheAptOptionIsFine() {
    tester.checkClean("""
        FROM debian:12
        RUN apt-get install --no-install-recommends python
        RUN apt-get -o APT::Install-Recommends=false install python
        RUN apt-get update
        """);
  }

  @Test
  void fixAddsTheFlagAndIsMarkedUnsafe() {
    String dockerfile = "FROM debian:12\nRUN apt-get update \\\n && apt-get install -y curl\n";
    List<Finding> findings = tester.lint(dockerfile).findings();
    assertThat(findings.get(0).fix().orElseThrow().safe()).isFalse();
    assertThat(tester.applyFixes(dockerfile)).isEqualTo(
        "FROM debian:12\nRUN apt-get update \\\n && apt-get install --no-install-recommends -y curl\n");
  }
}
