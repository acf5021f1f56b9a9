package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.RuleTester;
import org.junit.jupiter.api.Test;

class DuplicateStageAliasTest {

  private final RuleTester tester = RuleTester.of(new DuplicateStageAlias());

  @Test
  void aNameUsedTwiceIsReportedOnTheSecond() {
    tester.check("""
        FROM node AS foo
        RUN something
        # expect: DL3024 "line 1"
        FROM scratch AS foo
        RUN something
        # expect: DL3024
        FROM scratch AS Foo
        """);
  }

  @Test
  void uniqueNamesAreFine() {
    tester.checkClean("""
        FROM scratch AS build
        RUN foo
        FROM node AS run
        RUN baz
        FROM node
        FROM build
        """);
  }

  @Test
  void documentationExamples() {
    tester.checkDocumentationExamples();
  }
}
