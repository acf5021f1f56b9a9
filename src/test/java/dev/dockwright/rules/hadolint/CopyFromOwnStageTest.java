package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.RuleTester;
import org.junit.jupiter.api.Test;

class CopyFromOwnStageTest {

  private final RuleTester tester = RuleTester.of(new CopyFromOwnStage());

  @Test
  void copyingFromTheSameStageIsReported() {
    tester.check("""
        FROM node AS foo
        # expect: DL3023
        COPY --from=foo bar .
        # expect: DL3023
        COPY --from=FOO bar .
        # expect: DL3023
        COPY --from=0 bar .
        # expect: DL3023
        RUN --mount=from=foo,target=/x ls /x
        """);
  }

  @Test
  void otherStagesAndImagesAreFine() {
    tester.checkClean("""
        FROM scratch AS build
        RUN foo
        FROM node AS run
        COPY --from=build foo .
        COPY --from=0 foo .
        COPY --from=run:1.0 foo .
        RUN baz
        FROM node
        COPY --from=run foo .
        """);
  }

  @Test
  void pragmasSilenceIt() {
    tester.checkClean("""
        # hadolint global ignore = DL3023 , DL3021
        FROM node as foo
        COPY --from=foo bar baz .
        """);
  }

  @Test
  void documentationExamples() {
    tester.checkDocumentationExamples();
  }
}
