package dev.dockwright.syntax;

import static dev.dockwright.syntax.Parsing.dump;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DumpTest {

  @Test
  void quotesLikeGoStrconvQuote() {
    assertThat(GoText.quote("a\"b\\c")).isEqualTo("\"a\\\"b\\\\c\"");
    assertThat(GoText.quote("\u0007\b\f\n\r\t\u000b")).isEqualTo("\"\\a\\b\\f\\n\\r\\t\\v\"");
    assertThat(GoText.quote("\u0001\u007f")).isEqualTo("\"\\x01\\x7f\"");
    assertThat(GoText.quote("é ♥ 😀")).isEqualTo("\"é ♥ 😀\"");
    assertThat(GoText.quote("\u00a0\u00ad\u2028")).isEqualTo("\"\\u00a0\\u00ad\\u2028\"");
    assertThat(GoText.quote("\uDB40\uDC01")).isEqualTo("\"\\U000e0001\"");
  }

  @Test
  void dumpsFlagsArgumentsAndNestedInstructions() {
    String text = """
        FROM --platform=x a AS b
        ONBUILD RUN echo "1234"
        ENV GOPATH \\go
        HEALTHCHECK --retries=3 CMD ["x"]
        ARG A=1 B
        UNKNOWN stuff
        """;
    assertThat(dump(text)).isEqualTo("""
        (from ["--platform=x"] "a" "AS" "b")
        (onbuild (run "echo \\"1234\\""))
        (env "GOPATH" "\\\\go" "")
        (healthcheck ["--retries=3"] "CMD" "x")
        (arg "A=1" "B")
        (unknown "")
        """);
  }

  @Test
  void goLowerCaseUsesSimpleMapping() {
    // Go's strings.ToLower maps U+0130 to plain "i"; Java's String.toLowerCase would add a dot
    assertThat(GoText.toLower("FROM\u0130")).isEqualTo("fromi");
    assertThat(InstructionKind.of("WOR\u212ADIR")).isEqualTo(InstructionKind.WORKDIR); // Kelvin sign
  }
}
