package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.LintOptions;
import dev.dockwright.lint.RuleTester;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LastUserRootTest {

  private final RuleTester tester = RuleTester.of(new LastUserRoot());

  @Test
  void rootAsNameUidAndWithGroup() {
    tester.check("FROM scratch\n# expect: DL3002\nUSER root\n");
    tester.check("FROM scratch\n# expect: DL3002\nUSER 0\n");
    tester.check("FROM scratch\n# expect: DL3002\nUSER root:root\n");
    tester.check("FROM scratch\n# expect: DL3002\nUSER 0:0\n");
  }

  @Test
  void switchingBackToANonRootUserIsFine() {
    tester.checkClean("""
        FROM debian:12
        USER root
        RUN apt-get update
        USER app
        """);
    tester.checkClean("FROM scratch\nUSER foo\n");
  }

  @Test
  void rootInheritedFromTheStageTheImageIsBuiltOn() {
    tester.check("""
        FROM debian:12 AS base
        # expect: DL3002
        USER root
        RUN something
        FROM base
        RUN something else
        """);
  }

  @Test
  void aBuilderStageThatRunsAsRootButNeverShipsIsFine() {
    // hadolint reports the builder (docs/hadolint-differences.md, DL3002-008).
    tester.checkClean("""
        FROM debian:12 AS build
        USER root
        RUN apt-get update && apt-get install -y --no-install-recommends gcc
        FROM debian:12
        COPY --from=build /usr/bin/gcc /usr/local/bin/
        USER 10001
        """);
    tester.checkClean("""
        FROM debian:12 AS base
        USER root
        FROM scratch
        USER foo
        """);
  }

  @Test
  void theTargetStageIsWhatShips() {
    RuleTester.of(new LastUserRoot())
        .options(new LintOptions(Optional.empty(), Optional.of("debug"), Map.of()))
        .check("""
            FROM debian:12 AS debug
            # expect: DL3002
            USER root
            FROM debian:12
            USER app
            """);
  }

  @Test
  void aUserFromABuildArgIsResolved() {
    tester.check("""
        FROM debian:12
        ARG RUNAS=root
        # expect: DL3002
        USER ${RUNAS}
        """);
    tester.checkClean("FROM debian:12\nARG RUNAS\nUSER ${RUNAS}\n");
  }
}
