package dev.dockwright.rules.hadolint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.lint.RuleTester;
import org.junit.jupiter.api.Test;

class MultiSourceCopyDestinationTest {

  private final RuleTester tester = RuleTester.of(new MultiSourceCopyDestination());

  @Test
  void severalSourcesToAPathWithoutSlashAreReported() {
    tester.check("""
        FROM python:3.12-slim
        # expect: DL3021 "app/"
        COPY pyproject.toml uv.lock app
        # expect: DL3021
        COPY a b "c"
        # expect: DL3021
        ADD a.txt b.txt /srv
        # expect: DL3021
        COPY ["a", "b", "/dest"]
        # expect: DL3021
        ONBUILD COPY a b c
        """);
  }

  @Test
  void oneSourceOrADirectoryIsFine() {
    tester.checkClean("""
        FROM python:3.12-slim
        ARG DEST=/opt/
        COPY foo bar
        COPY foo bar baz/
        COPY foo bar "baz/"
        COPY ["a", "b", "/dest/"]
        COPY --from=build /a /b /c/
        COPY a b ${DEST}
        COPY *.txt /app
        """);
  }

  @Test
  void withoutFromLikeHadolintsFragments() {
    tester.check("""
        # expect: DL3021
        COPY foo bar baz
        COPY foo bar baz/
        """);
  }

  @Test
  void ignorePragmasForSeveralRules() {
    tester.checkClean("""
        FROM node as foo
        # hadolint ignore=DL3023, DL3021
        COPY --from=foo bar baz .
        """);
  }

  @Test
  void fixAddsTheSlashInsideQuotes() {
    assertThat(tester.applyFixes("FROM alpine:3.20\nCOPY a b /app\nCOPY a b \"/srv\"\n"
        + "COPY [\"a\", \"b\", \"/x\"]\n"))
        .isEqualTo("FROM alpine:3.20\nCOPY a b /app/\nCOPY a b \"/srv/\"\n"
            + "COPY [\"a\", \"b\", \"/x/\"]\n");
  }

  @Test
  void documentationExamples() {
    tester.checkDocumentationExamples();
  }
}
