package dev.dockwright.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Arbitrary input never makes the parser throw, always prints back exactly, and yields ranges
 * that are in bounds, ordered and consistent with the line index ({@link TreeInvariants}).
 */
class ParserPropertiesTest {

  /** Pieces that exercise every path: keywords, flags, quotes, JSON, heredocs, escapes, CR, BOM. */
  private static final List<String> TOKENS = List.of(
      "RUN", "run", "FROM", "COPY", "ADD", "ENV", "LABEL", "ARG", "CMD", "ENTRYPOINT", "SHELL",
      "HEALTHCHECK", "ONBUILD", "EXPOSE", "USER", "WORKDIR", "VOLUME", "MAINTAINER", "STOPSIGNAL",
      "FOO", "NONE", "CMD", " ", " ", "  ", "\t", "\n", "\n", "\r\n", "\r", "\\", "\\\n", "`", "`\n",
      "#", "# escape=`\n", "# escape=\\\n", "# syntax=x\n", "# check=skip=all\n", "#escape=x\n",
      "--", "--from=a", "--mount=type=cache,target=/x", "--link", "--chown=\"a b\"", "-",
      "\"", "'", "[", "]", "[\"a\"]", "[\"a\", 1]", "[]", "{", "}", ",", ":", "=", "a=b", "k=\"v w\"",
      "$", "${", "${a:-b}", "${a/b/c}", "$1", "<", "<<", "<<EOF", "<<-EOF", "<<'EOF'", "<<\"EOF\"",
      "3<<X", "EOF", "\tEOF", "X", "\n\n", "é", "\u00a0", "\u2028", "\uFEFF", "😀", "\ud800", "\udc00",
      "\u0000", "\u0085", "\f", "\u000b", "app", "/srv", "a", "b");

  @Property(tries = 3000)
  void randomTokenSequencesNeverBreakTheParser(@ForAll("tokenText") String text) {
    assertParsesLosslessly(text);
  }

  @Property(tries = 1000)
  void randomCharactersNeverBreakTheParser(@ForAll("charText") String text) {
    assertParsesLosslessly(text);
  }

  @Property(tries = 3000)
  void mutatedDockerfilesNeverBreakTheParser(@ForAll("mutated") String text) {
    assertParsesLosslessly(text);
  }

  private static void assertParsesLosslessly(String text) {
    ParseResult result = DockerfileParser.parse(text);
    TreeInvariants.check(text, result);
    assertThat(Dump.of(result.dockerfile())).endsWith("\n");
    if (result.dockerfile().instructions().isEmpty()) {
      assertThat(result.errors()).extracting(Diagnostic::code).contains(Diagnostic.NO_INSTRUCTIONS);
    }
  }

  @Provide
  Arbitrary<String> tokenText() {
    return Arbitraries.of(TOKENS).list().ofMaxSize(60).map(l -> String.join("", l));
  }

  @Provide
  Arbitrary<String> charText() {
    return Arbitraries.strings()
        .withChars("RUNCOPYHEALTHCMD \t\n\r\\`#<-\"'[]{}$=,:0123456789abcEOF\u00a0\uFEFF\ud83d\ude00")
        .ofMaxLength(200);
  }

  @Provide
  Arbitrary<String> mutated() {
    Arbitrary<String> base = Arbitraries.of(SAMPLES);
    Arbitrary<List<Mutation>> mutations = mutation().list().ofMinSize(1).ofMaxSize(6);
    return Combinators.combine(base, mutations).as((text, ms) -> {
      String t = text;
      for (Mutation m : ms) {
        t = m.apply(t);
      }
      return t;
    });
  }

  /** An edit at a relative position (0..1) of the text. */
  private record Mutation(int kind, double at, double to, String piece) {
    String apply(String t) {
      int i = (int) (at * t.length());
      int j = Math.max(i, (int) (to * t.length()));
      return switch (kind) {
        case 0 -> t.substring(0, i) + piece + t.substring(i);           // insert
        case 1 -> t.substring(0, i) + t.substring(j);                     // delete
        case 2 -> t.substring(0, i);                                      // truncate
        case 3 -> t.replace("\n", "\r\n");                                // CRLF
        case 4 -> "\uFEFF" + t;                                           // BOM
        default -> t.substring(0, i) + t.substring(i, j) + t.substring(i); // duplicate
      };
    }
  }

  private Arbitrary<Mutation> mutation() {
    return Combinators.combine(Arbitraries.integers().between(0, 5),
        Arbitraries.doubles().between(0, 1), Arbitraries.doubles().between(0, 1),
        Arbitraries.of(TOKENS)).as(Mutation::new);
  }

  private static final List<String> SAMPLES = List.of(
      """
      # syntax=docker/dockerfile:1
      # escape=\\
      ARG PY=3.12
      FROM python:${PY}-slim AS build
      ENV PIP_NO_CACHE_DIR=1 \\
          LANG="C.UTF-8"
      RUN --mount=type=cache,target=/root/.cache \\
          # a comment inside
          pip install -r requirements.txt

      COPY --from=build --chown=app:app /src /app
      CMD ["python", "-m", "app"]
      """,
      """
      FROM alpine
      RUN <<EOF
      apk add curl
      EOF
      COPY <<-A <<'B' /dest
      \ta
      \tA
      b
      B
      ONBUILD RUN <<X cat
      x
      X
      HEALTHCHECK --interval=5s CMD curl -f http://localhost/ || exit 1
      LABEL a=b "c d"=e
      EXPOSE 80/tcp 443
      """,
      "# escape=`\r\nFROM mcr.microsoft.com/windows\r\nRUN dir `\r\n  c:\\ \r\nENV A B C\r\nUSER x",
      "FROM scratch\nCMD ['bad', json]\nENTRYPOINT [\"a\" , \"b\"]  \nVOLUME [\"/a\"]\nSHELL [\"sh\", \"-c\"]\nWORKDIR /w\nSTOPSIGNAL 9\nMAINTAINER me\nFOO bar\n");
}
