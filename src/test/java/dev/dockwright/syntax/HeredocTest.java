package dev.dockwright.syntax;

import static dev.dockwright.syntax.Parsing.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HeredocTest {

  @Test
  void runHeredocHasNameBodyTerminatorAndRanges() {
    String text = "FROM a\nRUN <<EOF\napt-get update\necho $HOME\nEOF\nUSER x\n";
    var all = instructions(text);
    Instruction run = all.get(1);
    Heredoc h = run.heredocs().get(0);
    assertThat(h.name()).isEqualTo("EOF");
    assertThat(h.expand()).isTrue();
    assertThat(h.chomp()).isFalse();
    assertThat(h.content()).isEqualTo("apt-get update\necho $HOME\n");
    assertThat(at(text, h.marker().range())).isEqualTo("<<EOF");
    assertThat(at(text, h.terminator().orElseThrow())).isEqualTo("EOF");
    assertThat(run.endLine()).isEqualTo(5);
    assertThat(at(text, run.range())).isEqualTo("RUN <<EOF\napt-get update\necho $HOME\nEOF");
    assertThat(all.get(2).kind()).isEqualTo(InstructionKind.USER);
    assertThat(dump(text)).isEqualTo("(from \"a\")\n(run \"<<EOF\")\n(user \"x\")\n");
  }

  @Test
  void anUnterminatedHeredocEndsOnTheFilesLastLine() {
    for (String text : List.of("FROM alpine\nRUN <<EOF\necho hi\n", "FROM alpine\nRUN <<EOF\necho hi")) {
      ParseResult r = parse(text);
      assertThat(r.errors()).extracting(Diagnostic::message).containsExactly("unterminated heredoc");
      assertThat(r.dockerfile().instructions().get(1).endLine()).as(text).isEqualTo(3);
    }
  }

  @Test
  void severalHeredocsAreReadInOrder() {
    String text = "COPY <<A <<'B' /dest/\na1\nA\nb $x\nB\n";
    List<Heredoc> hs = last(text).heredocs();
    assertThat(hs).extracting(Heredoc::name, Heredoc::content, Heredoc::expand).containsExactly(
        org.assertj.core.groups.Tuple.tuple("A", "a1\n", true),
        org.assertj.core.groups.Tuple.tuple("B", "b $x\n", false));
    assertThat(at(text, hs.get(1).body())).isEqualTo("b $x\n");
  }

  @Test
  void quotedDelimitersDisableExpansion() {
    assertThat(last("RUN <<\"EOF\"\nx\nEOF\n").heredocs().get(0).expand()).isFalse();
    assertThat(last("RUN <<E'O'F\nx\nEOF\n").heredocs().get(0).expand()).isFalse();
    assertThat(last("RUN <<E\\OF\nx\nEOF\n").heredocs().get(0).expand()).isTrue();
  }

  @Test
  void dashChompsTabsOfTheTerminatorAndOnUse() {
    String text = "RUN <<-EOF\n\tif true; then\n\t\techo hi\n\tfi\n\tEOF\n";
    Heredoc h = last(text).heredocs().get(0);
    assertThat(h.chomp()).isTrue();
    assertThat(h.content()).isEqualTo("\tif true; then\n\t\techo hi\n\tfi\n");
    assertThat(h.effectiveContent()).isEqualTo("if true; then\necho hi\nfi\n");
    assertThat(at(text, h.terminator().orElseThrow())).isEqualTo("\tEOF");
    assertThat(Heredoc.chompContent("\ta\n\t\tb\r\n c\n")).isEqualTo("a\nb\r\n c\n");
  }

  @Test
  void fileDescriptorAndBlanksAfterTheArrows() {
    Instruction run = last("RUN 3<<X cat <&3 && cat <<  Y\nx\nX\ny\nY\n");
    assertThat(run.heredocs()).extracting(Heredoc::name, Heredoc::fileDescriptor).containsExactly(
        org.assertj.core.groups.Tuple.tuple("X", 3L), org.assertj.core.groups.Tuple.tuple("Y", 0L));
    assertThat(run.heredocs().get(1).marker().value()).isEqualTo("<<  Y");
  }

  @Test
  void dashSeparatedFromTheArrowsIsNotAHeredoc() {
    // "<<" keeps only blanks after it, so "<<-" and "EOF" are two words: BuildKit reads no heredoc
    var all = instructions("RUN <<- EOF\nEOF\n");
    assertThat(all.get(0).heredocs()).isEmpty();
    assertThat(all).hasSize(2);
  }

  @Test
  void onlyRunCopyAddInShellFormTakeHeredocs() {
    var all = instructions("USER <<X\nX\nRUN [\"<<EOF\"]\nRUN \"<<EOF\"\nRUN '<<EOF'\n");
    assertThat(all).hasSize(5);
    assertThat(all).allSatisfy(i -> assertThat(i.heredocs()).isEmpty());
  }

  @Test
  void onbuildTriggerTakesHeredocsOnTheOnbuildInstruction() {
    String text = "ONBUILD RUN <<EOF\necho hi\nEOF\nUSER x\n";
    var all = instructions(text);
    assertThat(all.get(0).heredocs()).extracting(Heredoc::content).containsExactly("echo hi\n");
    assertThat(all.get(0).trigger().orElseThrow().heredocs()).isEmpty();
    assertThat(all.get(1).kind()).isEqualTo(InstructionKind.USER);
  }

  @Test
  void crlfBodyKeepsItsLineEndingsAndTerminatorMatches() {
    String text = "RUN <<EOF\r\nline\r\nEOF\r\nUSER x\r\n";
    var all = instructions(text);
    assertThat(all.get(0).heredocs().get(0).content()).isEqualTo("line\r\n");
    assertThat(all).hasSize(2);
  }

  @Test
  void unterminatedHeredocIsAnErrorAndTakesTheRest() {
    String text = "FROM a\nRUN <<EOF\necho\nUSER x\n";
    ParseResult r = parse(text);
    Diagnostic e = r.firstError().orElseThrow();
    assertThat(e.message()).isEqualTo("unterminated heredoc");
    assertThat(e.range().start()).isEqualTo(new Position(7, 2, 1));
    Instruction run = r.dockerfile().instructions().get(1);
    assertThat(run.heredocs().get(0).terminator()).isEmpty();
    assertThat(run.heredocs().get(0).content()).isEqualTo("echo\nUSER x\n");
    assertThat(r.dockerfile().instructions()).hasSize(2);
  }

  @Test
  void unclosedQuoteInMarkerIsNoHeredoc() {
    // the whole line fails BuildKit's lexer, so no heredoc at all
    var all = instructions("RUN <<'EOF\nEOF\n");
    assertThat(all.get(0).heredocs()).isEmpty();
  }

  @Test
  void markerParserMatchesBuildkit() throws Exception {
    assertThat(HeredocMarkers.parse("<<EOF", 0, 5).name()).isEqualTo("EOF");
    assertThat(HeredocMarkers.parse("<<-\"EOF\"", 0, 8).chomp()).isTrue();
    assertThat(HeredocMarkers.parse("<<EOF sh", 0, 8)).isNull();
    assertThat(HeredocMarkers.parse("<<<EOF", 0, 6)).isNull();
    assertThat(HeredocMarkers.parse("<<", 0, 2)).isNull();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> HeredocMarkers.parse("<<'EOF", 0, 6))
        .isInstanceOf(HeredocLexer.LexError.class)
        .hasMessage("failed to process \"'EOF\": unexpected end of statement while looking for matching single-quote");
  }
}
