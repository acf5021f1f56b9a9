package dev.dockwright.syntax;

import static dev.dockwright.syntax.Parsing.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LosslessTest {

  @Test
  void everyByteComesBack() {
    for (String text : List.of(
        "\uFEFF# syntax=x\r\nFROM a  \r\n\r\n# c\r\nRUN a \\\r\n\r\n  # in\r\n  b\t\r\n",
        "FROM a\nRUN x", "FROM a\n\n\n   \n\t", "FROM a\r\rRUN x\r\n", "FROM a\nCOPY <<E /x\nbody\nE")) {
      ParseResult r = parse(text);
      assertThat(r.dockerfile().print()).isEqualTo(text);
    }
  }

  @Test
  void byteOrderMarkIsSkippedButKept() {
    String text = "\uFEFFFROM a\n";
    ParseResult r = parse(text);
    assertThat(r.dockerfile().hasBom()).isTrue();
    Instruction from = r.dockerfile().instructions().get(0);
    assertThat(from.kind()).isEqualTo(InstructionKind.FROM);
    assertThat(from.range().start()).isEqualTo(new Position(1, 1, 2));
    assertThat(r.dockerfile().nodes().get(0).span().startOffset()).isEqualTo(1);
  }

  @Test
  void nodesAreDirectivesCommentsBlanksAndInstructions() {
    String text = "# syntax=a\n# note\n\nFROM a\n";
    List<Node> nodes = parse(text).dockerfile().nodes();
    assertThat(nodes).hasExactlyElementsOfTypes(Directive.class, Comment.class, BlankLine.class, Instruction.class);
    assertThat(nodes.get(1).text()).isEqualTo("# note\n");
  }

  @Test
  void positionsAreOneBasedWithUtf16Columns() {
    String text = "FROM a\nLABEL x=\"😀\" y=z\n";
    Instruction label = last(text);
    KeyValue y = ((Arguments.NameValues) label.arguments()).pairs().get(1);
    assertThat(y.key().range().start()).isEqualTo(new Position(20, 2, 14));
    assertThat(y.value().range().end()).isEqualTo(new Position(23, 2, 17));
  }

  @Test
  void commentsAboveAreTheContiguousBlockWithoutDirectives() {
    String text = "# syntax=a\n# hadolint ignore=DL3006\nFROM a\n# stale\n\n# first\n  # hadolint ignore=DL3008\nRUN x\nUSER y\n";
    var all = instructions(text);
    assertThat(all.get(0).commentsAbove()).extracting(Comment::content).containsExactly("hadolint ignore=DL3006");
    assertThat(all.get(1).commentsAbove()).extracting(Comment::content).containsExactly("first", "hadolint ignore=DL3008");
    assertThat(all.get(1).commentsAbove().get(1).range().start().line()).isEqualTo(7);
    assertThat(all.get(2).commentsAbove()).isEmpty();
  }

  @Test
  void fileWithNoInstructionsIsAnError() {
    for (String text : List.of("", "\n\n", "# just a comment\n", "# syntax=x\n")) {
      ParseResult r = parse(text);
      assertThat(r.firstError().orElseThrow().message()).as(text).isEqualTo("file with no instructions");
      assertThat(r.firstError().orElseThrow().range().start().line()).isEqualTo(1);
    }
  }

  @Test
  void overlongLineIsAnErrorAtThatLine() {
    String text = "FROM a\nLABEL x=" + "a".repeat(65536) + "\nUSER b\n";
    ParseResult r = parse(text);
    Diagnostic e = r.firstError().orElseThrow();
    assertThat(e.message()).isEqualTo("dockerfile line greater than max allowed size of 65535");
    assertThat(e.range().start().line()).isEqualTo(2);
    // a line of exactly 64 KiB with its newline is still fine
    String fits = "FROM a\nLABEL x=" + "a".repeat(65536 - 9) + "\n";
    assertThat(parse(fits).errors()).isEmpty();
  }

  @Test
  void whitespaceOnlyLinesBetweenInstructionsAreBlankNodes() {
    List<Node> nodes = parse("FROM a\n \t\u00a0\nRUN x\n").dockerfile().nodes();
    assertThat(nodes.get(1)).isInstanceOf(BlankLine.class);
  }
}
