package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.RuleTester;
import org.junit.jupiter.api.Test;

class CopyWholeFilesystemTest {

  private final RuleTester tester = RuleTester.of(new CopyWholeFilesystem());

  @Test
  void rootOfAStageOntoRoot() {
    tester.check("""
        FROM alpine:3.20 AS build
        FROM scratch
        # expect: DL3067
        COPY --from=build / /
        # expect: DL3067
        COPY --from=build "/" "/"
        # expect: DL3067
        COPY --from=build ["/", "/"]
        """);
  }

  @Test
  void directoriesOrNoFromAreFine() {
    tester.checkClean("""
        FROM alpine:3.20 AS build
        FROM scratch
        COPY / /
        COPY --from=build /app /
        COPY --from=build / /app
        """);
  }

  @Test
  void documentationExamples() {
    tester.checkDocumentationExamples();
  }
}
