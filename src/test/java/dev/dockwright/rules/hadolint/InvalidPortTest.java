package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.RuleTester;
import org.junit.jupiter.api.Test;

class InvalidPortTest {

  private final RuleTester tester = RuleTester.of(new InvalidPort());

  @Test
  void portsAboveTheRangeAreReported() {
    tester.check("""
        FROM python:3.12-slim
        # expect: DL3011 "80000"
        EXPOSE 80000
        # expect: DL3011 "40000-80000/tcp"
        EXPOSE 8000 40000-80000/tcp
        # expect: DL3011
        EXPOSE 99999999999999999999/udp
        """);
  }

  @Test
  void validPortsRangesAndVariablesAreFine() {
    tester.checkClean("""
        FROM python:3.12-slim
        EXPOSE 0 60000 65535/udp 40000-60000/tcp
        EXPOSE ${FOOBAR} 40000-${FOOBAR}
        """);
  }

  @Test
  void hadolintsStagePragmaSilencesTheStage() {
    tester.check("""
        # hadolint stage ignore=DL3011
        FROM ubuntu:24.04
        EXPOSE 80000
        FROM ubuntu:24.04
        # expect: DL3011
        EXPOSE 80000
        """);
  }
}
