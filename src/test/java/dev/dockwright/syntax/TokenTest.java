package dev.dockwright.syntax;

import static dev.dockwright.syntax.Parsing.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** {@link Token#subRange} maps positions in a value back to the source. */
class TokenTest {

  @Test
  void shellCommandMapsAcrossContinuations() {
    String text = "FROM a\nRUN apt-get update \\\n  # note\n    && apt-get install -y curl\n";
    Token cmd = ((Arguments.Shell) last(text).arguments()).command();
    int i = cmd.value().indexOf("apt-get install");
    Range install = cmd.subRange(i, i + "apt-get install".length());
    assertThat(at(text, install)).isEqualTo("apt-get install");
    assertThat(install.start().line()).isEqualTo(4);
    int u = cmd.value().indexOf("update");
    assertThat(at(text, cmd.subRange(u, cmd.value().indexOf("&&") + 2)))
        .isEqualTo("update \\\n  # note\n    &&");
  }

  @Test
  void jsonElementMapsEscapesToTheirWholeSource() {
    String text = "CMD [\"a\\nb\", \"x\\u00e9y\", \"\\ud83d\\ude00\"]\n";
    var elements = ((Arguments.Exec) last(text).arguments()).elements();
    assertThat(elements.get(0).value()).isEqualTo("a\nb");
    assertThat(at(text, elements.get(0).subRange(1, 2))).isEqualTo("\\n");
    assertThat(at(text, elements.get(0).subRange(0, 3))).isEqualTo("a\\nb");
    assertThat(at(text, elements.get(1).subRange(1, 2))).isEqualTo("\\u00e9");
    assertThat(at(text, elements.get(2).subRange(0, 2))).isEqualTo("\\ud83d\\ude00");
  }

  @Test
  void envValueMapsVariableReferences() {
    String text = "ENV A=\"$HOME/bin\" \\\n    B=${A}\n";
    var pairs = ((Arguments.NameValues) last(text).arguments()).pairs();
    Token b = pairs.get(1).value();
    assertThat(at(text, b.subRange(0, b.value().length()))).isEqualTo("${A}");
    Token a = pairs.get(0).value();
    assertThat(at(text, a.subRange(1, 6))).isEqualTo("$HOME");
  }

  @Test
  void emptySubRangesSitBetweenCharacters() {
    String text = "USER app\n";
    Token user = ((Arguments.Text) last(text).arguments()).text();
    assertThat(user.subRange(1, 1).startOffset()).isEqualTo(6);
    assertThat(user.subRange(3, 3).startOffset()).isEqualTo(8);
    assertThatThrownBy(() -> user.subRange(2, 5)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void tokensAreEqualByValueAndRange() {
    String text = "FROM a\n";
    Token parsed = ((Arguments.Words) last(text).arguments()).words().get(0);
    Token made = new Token("a", parsed.range());
    assertThat(made).isEqualTo(parsed).hasSameHashCodeAs(parsed);
    assertThat(made.subRange(0, 1)).isEqualTo(parsed.range());
  }
}
