package dev.dockwright.syntax;

import static dev.dockwright.syntax.Parsing.*;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArgumentsTest {

  @Test
  void execFormDecodesJsonAndKeepsElementRanges() {
    String text = "CMD [ \"python\", \"-c\", \"print(\\\"hi\\\")\" ]\n";
    Instruction cmd = last(text);
    assertThat(cmd.isExecForm()).isTrue();
    var exec = (Arguments.Exec) cmd.arguments();
    assertThat(exec.elements()).extracting(Token::value).containsExactly("python", "-c", "print(\"hi\")");
    assertThat(at(text, exec.elements().get(2).range())).isEqualTo("\"print(\\\"hi\\\")\"");
    assertThat(at(text, exec.range())).isEqualTo("[ \"python\", \"-c\", \"print(\\\"hi\\\")\" ]");
  }

  @Test
  void invalidJsonFallsBackToShellForm() {
    for (String args : new String[] {"['echo','x']", "[\"a\", ]", "[\"unterminated]", "[\"a\"] extra", "[ \"a\" \"b\" ]"}) {
      Instruction cmd = last("CMD " + args + "\n");
      assertThat(cmd.arguments()).as(args).isInstanceOf(Arguments.Shell.class);
      assertThat(((Arguments.Shell) cmd.arguments()).command().value()).isEqualTo(args);
    }
  }

  @Test
  void jsonWithNonStringsIsAnError() {
    ParseResult r = parse("FROM a\nRUN [\"echo\", 1]\nUSER x\n");
    Diagnostic e = r.firstError().orElseThrow();
    assertThat(e.message()).isEqualTo("when using JSON array syntax, arrays must be comprised of strings only");
    assertThat(e.range().start()).isEqualTo(new Position(7, 2, 1));
    assertThat(r.dockerfile().instructions()).hasSize(3); // parsing goes on after the error
    assertThat(r.dockerfile().instructions().get(1).arguments()).isInstanceOf(Arguments.Malformed.class);
  }

  @Test
  void emptyJsonArrayIsExecFormWithoutArguments() {
    Instruction cmd = last("CMD []\n");
    assertThat(((Arguments.Exec) cmd.arguments()).elements()).isEmpty();
    assertThat(Dump.of(cmd)).isEqualTo("cmd");
  }

  @Test
  void copyAddVolumeSplitWordsOrTakeJson() {
    assertThat(((Arguments.Words) last("COPY  a   b\t/c/\n").arguments()).words())
        .extracting(Token::value).containsExactly("a", "b", "/c/");
    assertThat(((Arguments.Exec) last("COPY [\"a b\", \"/c/\"]\n").arguments()).elements())
        .extracting(Token::value).containsExactly("a b", "/c/");
    assertThat(last("VOLUME [\"/data\"]\n").arguments()).isInstanceOf(Arguments.Exec.class);
    assertThat(((Arguments.Words) last("COPY\n").arguments()).words()).isEmpty();
  }

  @Test
  void fromAndExposeSplitAtBlanksWithoutQuoteHandling() {
    String text = "FROM --platform=linux/amd64 python:3.12-slim AS build\nEXPOSE 80/tcp \"443\"\n";
    var all = instructions(text);
    assertThat(((Arguments.Words) all.get(0).arguments()).words()).extracting(Token::value)
        .containsExactly("python:3.12-slim", "AS", "build");
    assertThat(((Arguments.Words) all.get(1).arguments()).words()).extracting(Token::value)
        .containsExactly("80/tcp", "\"443\"");
  }

  @Test
  void singleStringInstructionsKeepTheRestVerbatim() {
    assertThat(((Arguments.Text) last("USER  app:app  \n").arguments()).text().value()).isEqualTo("app:app");
    assertThat(((Arguments.Text) last("WORKDIR /a b\n").arguments()).text().value()).isEqualTo("/a b");
    assertThat(last("STOPSIGNAL\n").arguments()).isInstanceOf(Arguments.None.class);
  }

  @Test
  void keywordCasingIsKeptAndCanonicalised() {
    String text = "from a\nRuN echo\nfRoM b\n";
    var all = instructions(text);
    assertThat(all).extracting(Instruction::kind)
        .containsExactly(InstructionKind.FROM, InstructionKind.RUN, InstructionKind.FROM);
    assertThat(all.get(1).keyword().value()).isEqualTo("RuN");
    assertThat(at(text, all.get(1).keyword().range())).isEqualTo("RuN");
    assertThat(dump(text)).isEqualTo("(from \"a\")\n(run \"echo\")\n(from \"b\")\n");
  }

  @Test
  void unknownInstructionsAreKeptNotRejected() {
    Instruction foo = last("FROM a\nFOOBAR --x=1 some args\n");
    assertThat(foo.kind()).isEqualTo(InstructionKind.UNKNOWN);
    assertThat(((Arguments.Unknown) foo.arguments()).rest().value()).isEqualTo("some args");
    assertThat(Dump.of(foo)).isEqualTo("foobar [\"--x=1\"] \"\"");
  }

  @Test
  void healthcheckHasTypeAndCommand() {
    var all = instructions("HEALTHCHECK NONE\nHEALTHCHECK --interval=5s CMD [\"curl\", \"-f\", \"x\"]\n"
        + "HEALTHCHECK CMD curl -f x || exit 1\nHEALTHCHECK\n");
    var none = (Arguments.Healthcheck) all.get(0).arguments();
    assertThat(none.type().value()).isEqualTo("NONE");
    assertThat(none.command()).isInstanceOf(Arguments.None.class);
    var exec = (Arguments.Healthcheck) all.get(1).arguments();
    assertThat(((Arguments.Exec) exec.command()).elements()).extracting(Token::value).containsExactly("curl", "-f", "x");
    assertThat(all.get(1).isExecForm()).isTrue();
    var shell = (Arguments.Healthcheck) all.get(2).arguments();
    assertThat(((Arguments.Shell) shell.command()).command().value()).isEqualTo("curl -f x || exit 1");
    assertThat(all.get(3).arguments()).isInstanceOf(Arguments.None.class);
  }

  @Test
  void onbuildTriggerIsAnInstructionWithItsOwnRanges() {
    String text = "FROM a\nONBUILD  copy --chown=1 [\"a\", \"/b\"]\nONBUILD\n";
    var all = instructions(text);
    Instruction trigger = all.get(1).trigger().orElseThrow();
    assertThat(trigger.kind()).isEqualTo(InstructionKind.COPY);
    assertThat(trigger.flags()).extracting(Flag::text).containsExactly("--chown=1");
    assertThat(at(text, trigger.range())).isEqualTo("copy --chown=1 [\"a\", \"/b\"]");
    assertThat(trigger.text()).isEqualTo("copy --chown=1 [\"a\", \"/b\"]");
    assertThat(Dump.of(all.get(1))).isEqualTo("onbuild (copy [\"--chown=1\"] \"a\" \"/b\")");
    assertThat(all.get(2).trigger()).isEmpty();
    assertThat(Dump.of(all.get(2))).isEqualTo("onbuild");
  }

  @Test
  void healthcheckTypeEndsAtANoBreakSpace() {
    var h = (Arguments.Healthcheck) last("HEALTHCHECK CMD\u00a0curl x\n").arguments();
    assertThat(h.type().value()).isEqualTo("CMD"); // BuildKit: "CMD\xc2", a stray byte
    assertThat(((Arguments.Shell) h.command()).command().value()).isEqualTo("curl x");
  }
}
