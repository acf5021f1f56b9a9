package dev.dockwright.syntax;

import static dev.dockwright.syntax.Parsing.*;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContinuationTest {

  @Test
  void continuationJoinsLinesKeepingTheirIndentation() {
    Instruction run = last("FROM a\nRUN apt-get update \\\n    && apt-get install -y curl\n");
    assertThat(run.logicalLine()).isEqualTo("RUN apt-get update     && apt-get install -y curl");
    assertThat(run.startLine()).isEqualTo(2);
    assertThat(run.endLine()).isEqualTo(3);
  }

  @Test
  void blanksAfterTheBackslashStillContinue() {
    assertThat(last("FROM a\nRUN a \\ \t\nb\n").logicalLine()).isEqualTo("RUN a b");
  }

  @Test
  void escapedBackslashDoesNotContinue() {
    var all = instructions("FROM a\nENV P c:\\\\\nUSER x\n");
    assertThat(all).hasSize(3);
    assertThat(all.get(1).logicalLine()).isEqualTo("ENV P c:\\\\");
  }

  @Test
  void commentLinesInsideAContinuationAreDroppedButKept() {
    String text = "FROM a\nRUN a \\\n  # why b\n# and c\n  b\n";
    Instruction run = last(text);
    assertThat(run.logicalLine()).isEqualTo("RUN a   b");
    assertThat(run.continuationComments()).extracting(Comment::content).containsExactly("why b", "and c");
    assertThat(at(text, run.continuationComments().get(0).range())).isEqualTo("# why b");
    assertThat(run.endLine()).isEqualTo(5);
  }

  @Test
  void emptyContinuationLinesWarnAtTheLastLine() {
    String text = "FROM a\nRUN a \\\n\n   \n  b \\\n  c\n";
    ParseResult r = parse(text);
    Instruction run = r.dockerfile().instructions().get(1);
    assertThat(run.logicalLine()).isEqualTo("RUN a   b   c");
    assertThat(run.emptyContinuationLines()).extracting(x -> x.start().line()).containsExactly(3, 4);
    Diagnostic w = r.warnings().get(0);
    assertThat(w.code()).isEqualTo(Diagnostic.EMPTY_CONTINUATION);
    assertThat(w.message()).isEqualTo("Empty continuation line found in: RUN a   b   c");
    assertThat(w.range().start().line()).isEqualTo(6);
    assertThat(w.url()).contains("no-empty-continuation");
    assertThat(r.errors()).isEmpty();
  }

  @Test
  void continuationAtEndOfFileJustEndsTheInstruction() {
    Instruction run = last("FROM a\nRUN something \\");
    assertThat(run.logicalLine()).isEqualTo("RUN something ");
    assertThat(Dump.of(run)).isEqualTo("run \"something\"");
  }

  @Test
  void lineWithOnlyABackslashStartsAnInstruction() {
    // BuildKit reads "\\\nRUN x" as one instruction whose logical line is "RUN x"
    String text = "FROM a\n\\\nRUN x\n";
    Instruction run = last(text);
    assertThat(run.kind()).isEqualTo(InstructionKind.RUN);
    assertThat(run.startLine()).isEqualTo(2);
    assertThat(run.keyword().range().start().line()).isEqualTo(3);
  }

  @Test
  void crlfLinesContinueAndRangesSpanTheJoin() {
    String text = "FROM a\r\nRUN echo one \\\r\n  two\r\n";
    Instruction run = last(text);
    assertThat(run.logicalLine()).isEqualTo("RUN echo one   two");
    Token cmd = ((Arguments.Shell) run.arguments()).command();
    assertThat(cmd.value()).isEqualTo("echo one   two");
    assertThat(at(text, cmd.range())).isEqualTo("echo one \\\r\n  two");
    assertThat(at(text, run.range())).isEqualTo("RUN echo one \\\r\n  two");
    assertThat(run.text()).isEqualTo("RUN echo one \\\r\n  two\r\n");
  }
}
