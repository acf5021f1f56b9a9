package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.RuleTester;
import org.junit.jupiter.api.Test;

class CopyRelativeWithoutWorkdirTest {

  private final RuleTester tester = RuleTester.of(new CopyRelativeWithoutWorkdir());

  @Test
  void relativeDestinationsWithoutWorkdirAreReported() {
    tester.check("""
        FROM python:3.12-slim
        # expect: DL3045 "."
        COPY . .
        # expect: DL3045
        COPY bla.sh "blubb.sh"
        WORKDIR /app
        COPY . .
        """);
    tester.check("""
        # expect: DL3045
        COPY a b
        """);
  }

  @Test
  void absoluteWindowsAndVariableDestinationsAreFine() {
    tester.checkClean("""
        COPY bla.sh /usr/local/bin/blubb.sh
        COPY bla.sh "/usr/local/bin/blubb.sh"
        COPY bla.sh c:\\system32\\blubb.sh
        COPY bla.sh "d:\\mypath\\blubb.sh"
        COPY bla.sh c:/system32/blubb.sh
        COPY src.sh ${SRC_BASE_ENV}
        COPY src.sh $SRC_BASE_ENV
        COPY src.sh "${SRC_BASE_ENV}"
        ADD app.tar.gz .
        """);
  }

  @Test
  void workdirIsInheritedFromParentStagesOnly() {
    tester.check("""
        FROM debian:buster AS stage1
        WORKDIR /usr
        FROM debian:buster
        # expect: DL3045
        COPY foo bar
        """);
    tester.checkClean("""
        FROM debian:buster AS base1
        WORKDIR /usr
        FROM debian:buster AS stage-inbetween
        RUN foo
        FROM base1 AS base2
        ONBUILD RUN foo
        FROM base2
        COPY foo bar
        """);
    tester.checkClean("""
        FROM scratch
        WORKDIR c:\\system32
        COPY bla.sh blubb.sh
        """);
  }

  @Test
  void onbuildTriggersAreNotChecked() {
    tester.checkClean("""
        FROM debian:buster
        ONBUILD WORKDIR /usr/local/lib
        ONBUILD COPY foo bar
        ONBUILD COPY baz qux
        """);
  }

  @Test
  void documentationExamples() {
    tester.checkDocumentationExamples();
  }
}
