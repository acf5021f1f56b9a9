package dev.dockwright.rules.hadolint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.lint.RuleTester;
import org.junit.jupiter.api.Test;

class InvalidLabelKeyTest {

  private final RuleTester tester = RuleTester.of(new InvalidLabelKey());

  @Test
  void invalidKeys() {
    tester.check("""
        FROM alpine:3.20
        # expect: DL3048 "reserved"
        LABEL com.docker.label="foo"
        # expect: DL3048 "reserved"
        LABEL org.dockerproject.x="foo"
        # expect: DL3048 "start with a lower-case letter"
        LABEL Maintainer="jane@example.com"
        # expect: DL3048 "start with"
        LABEL 1invalid="foo"
        # expect: DL3048 "end with"
        LABEL invalid-="foo"
        # expect: DL3048 "repeat"
        LABEL org..example="foo"
        # expect: DL3048 "`$`"
        LABEL invalid$character="foo"
        # expect: DL3048 "and 1 more"
        LABEL ok=1 Bad=2 Worse=3
        """);
  }

  @Test
  void validKeysIncludingQuotedAndExpandedOnes() {
    tester.checkClean("""
        ARG NS=org.example
        FROM alpine:3.20
        LABEL org.opencontainers.image.source="https://example.com" maintainer=me
        LABEL "org.valid-key.label3"="foo" a/b_c=1
        ARG NS
        LABEL ${NS}.version=1.0
        """);
  }

  @Test
  void problems() {
    assertThat(InvalidLabelKey.problem("org.example.version")).isNull();
    assertThat(InvalidLabelKey.problem("")).isNotNull();
    assertThat(InvalidLabelKey.problem("io.docker.x")).contains("reserved");
    assertThat(InvalidLabelKey.problem("a--b")).contains("repeat");
  }

  @Test
  void documentationExamples() {
    tester.checkDocumentationExamples();
  }
}
