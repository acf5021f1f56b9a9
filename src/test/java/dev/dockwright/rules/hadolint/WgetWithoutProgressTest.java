package dev.dockwright.rules.hadolint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.lint.Finding;
import dev.dockwright.lint.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class WgetWithoutProgressTest {

  private final RuleTester tester = RuleTester.of(new WgetWithoutProgress());

  @Test
  void wgetWithItsDefaultProgressBar() {
    tester.check("""
        FROM debian:12
        # expect: DL3047
        RUN wget https://example.com/a.tar.gz
        # expect: DL3047
        RUN cd /tmp && wget -O a.tar.gz https://example.com/a.tar.gz && tar xf a.tar.gz
        # expect: DL3047
        ONBUILD RUN wget -c https://example.com/a.tar.gz
        """);
  }

  @Test
  void progressQuietNoVerboseOrLogFileAreFine() {
    tester.checkClean("""
        FROM debian:12
        RUN wget --progress=dot:giga https://example.com/a
        RUN wget --progress=bar:force https://example.com/a
        RUN wget -q https://example.com/a
        RUN wget -qO- https://example.com/a | tar xz
        RUN wget --quiet https://example.com/a
        RUN wget -nv https://example.com/a
        RUN wget --no-verbose https://example.com/a
        RUN wget -o /tmp/wget.log https://example.com/a
        RUN wget --output-file=/tmp/wget.log https://example.com/a
        RUN wget -a /tmp/wget.log https://example.com/a
        RUN wget --append-output=/tmp/wget.log https://example.com/a
        RUN curl -fsSLO https://example.com/a
        """);
  }

  @Test
  void fixAddsProgressButIsUnsafe() {
    List<Finding> findings = tester.check("""
        FROM debian:12
        # expect: DL3047
        RUN wget https://example.com/a
        """);
    assertThat(findings.get(0).fix()).hasValueSatisfying(f -> assertThat(f.safe()).isFalse());
    assertThat(tester.applyFixes("FROM debian:12\nRUN wget https://example.com/a\n"))
        .isEqualTo("FROM debian:12\nRUN wget --progress=dot:giga https://example.com/a\n");
  }

  @Test
  void documentationExamples() {
    tester.checkDocumentationExamples();
  }
}
