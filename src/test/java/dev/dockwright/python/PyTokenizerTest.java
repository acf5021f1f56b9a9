package dev.dockwright.python;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PyTokenizerTest {

  private static List<String> texts(LogicalLine l) {
    return l.tokens().stream().map(PyToken::text).toList();
  }

  @Test
  void commentsAndBlankLinesMakeNoLines() {
    List<LogicalLine> lines = PyTokenizer.logicalLines("# app = FastAPI()\n\n   \nx = 1  # y = 2\n");
    assertThat(lines).hasSize(1);
    assertThat(texts(lines.get(0))).containsExactly("x", "=", "1");
    assertThat(lines.get(0).line()).isEqualTo(4);
  }

  @Test
  void bracketsAndBackslashesJoinPhysicalLines() {
    List<LogicalLine> lines = PyTokenizer.logicalLines(
        "app = FastAPI(\n    title='x',\n)\ny = 1 + \\\n  2\n");
    assertThat(lines).hasSize(2);
    assertThat(texts(lines.get(0))).containsExactly("app", "=", "FastAPI", "(", "title", "=",
        "'x'", ",", ")");
    assertThat(texts(lines.get(1))).containsExactly("y", "=", "1", "+", "2");
    assertThat(lines.get(1).line()).isEqualTo(4);
  }

  @Test
  void codeInsideStringsIsNotCode() {
    String src = "doc = \"\"\"\napp = FastAPI()\n\"\"\"\ns = 'app = Flask(__name__)'\n";
    List<LogicalLine> lines = PyTokenizer.logicalLines(src);
    assertThat(lines).hasSize(2);
    PyToken doc = lines.get(0).tokens().get(2);
    assertThat(doc.kind()).isEqualTo(PyToken.Kind.STRING);
    assertThat(doc.value()).isEqualTo("\napp = FastAPI()\n");
    assertThat(lines.get(1).line()).isEqualTo(4);
  }

  @Test
  void stringPrefixesEscapesAndRawStrings() {
    List<PyToken> t = PyTokenizer.logicalLines(
        "a = (r'\\d+', b\"x\\ty\", u'\\u00e9', '\\x41', 'it\\'s')\n").get(0).tokens();
    List<String> values = t.stream().filter(x -> x.kind() == PyToken.Kind.STRING)
        .map(PyToken::value).toList();
    assertThat(values).containsExactly("\\d+", "x\ty", "é", "A", "it's");
  }

  @Test
  void fStringsWithNestedQuotesAreOneToken() {
    List<LogicalLine> lines = PyTokenizer.logicalLines(
        "msg = f\"{d[\"k\"]} and {x:>{w}} {{literal}}\"\nnext_line = 1\n");
    assertThat(lines).hasSize(2);
    PyToken f = lines.get(0).tokens().get(2);
    assertThat(f.kind()).isEqualTo(PyToken.Kind.FSTRING);
    assertThat(f.value()).isEqualTo("{} and {} {literal}");
    assertThat(texts(lines.get(1))).containsExactly("next_line", "=", "1");
  }

  @Test
  void hashInsideStringIsNotAComment() {
    List<PyToken> t = PyTokenizer.logicalLines("url = 'http://x/#frag'  # real comment\n")
        .get(0).tokens();
    assertThat(t).hasSize(3);
    assertThat(t.get(2).value()).isEqualTo("http://x/#frag");
  }

  @Test
  void indentationIsMeasuredPerLogicalLine() {
    List<LogicalLine> lines = PyTokenizer.logicalLines(
        "if __name__ == '__main__':\n    main()\n\tother()\n");
    assertThat(lines).extracting(LogicalLine::indent).containsExactly(0, 4, 8);
  }

  @Test
  void brokenSourceStillTokenizes() {
    List<LogicalLine> lines = PyTokenizer.logicalLines("s = 'unterminated\napp = FastAPI()\n");
    assertThat(lines).hasSize(2);
    assertThat(texts(lines.get(1))).containsExactly("app", "=", "FastAPI", "(", ")");
  }

  @Test
  void numbersOperatorsAndWindowsLineEnds() {
    List<PyToken> t = PyTokenizer.logicalLines("x **= 1_000 + 0x1F - 1e-3 -> y\r\n").get(0)
        .tokens();
    assertThat(t).extracting(PyToken::text)
        .containsExactly("x", "**=", "1_000", "+", "0x1F", "-", "1e-3", "->", "y");
  }
}
