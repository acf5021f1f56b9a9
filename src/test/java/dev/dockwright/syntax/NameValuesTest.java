package dev.dockwright.syntax;

import static dev.dockwright.syntax.Parsing.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameValuesTest {

  private static List<KeyValue> pairs(Instruction i) {
    return ((Arguments.NameValues) i.arguments()).pairs();
  }

  @Test
  void keyValueFormKeepsQuotesAndGivesRanges() {
    String text = "ENV A=1 B=\"two words\" C=x\\ y D=\n";
    List<KeyValue> kv = pairs(last(text));
    assertThat(kv).extracting(p -> p.key().value() + "|" + p.value().value() + "|" + p.separator())
        .containsExactly("A|1|=", "B|\"two words\"|=", "C|x\\ y|=", "D||=");
    assertThat(at(text, kv.get(1).key().range())).isEqualTo("B");
    assertThat(at(text, kv.get(1).value().range())).isEqualTo("\"two words\"");
    assertThat(at(text, kv.get(1).range())).isEqualTo("B=\"two words\"");
    assertThat(kv.get(3).value().range().isEmpty()).isTrue();
  }

  @Test
  void legacyFormTakesEverythingAfterTheFirstBlanks() {
    String text = "ENV PATH  /usr/local/bin:$PATH  more words\n";
    KeyValue kv = pairs(last(text)).get(0);
    assertThat(kv.legacy()).isTrue();
    assertThat(kv.separator()).isEmpty();
    assertThat(kv.key().value()).isEqualTo("PATH");
    assertThat(kv.value().value()).isEqualTo("/usr/local/bin:$PATH  more words");
    assertThat(dump(text)).isEqualTo("(env \"PATH\" \"/usr/local/bin:$PATH  more words\" \"\")\n");
  }

  @Test
  void labelWithQuotedKeys() {
    List<KeyValue> kv = pairs(last("LABEL \"org.opencontainers.image.title\"=\"x y\" version=1\n"));
    assertThat(kv).extracting(p -> p.key().value()).containsExactly("\"org.opencontainers.image.title\"", "version");
  }

  @Test
  void envWithoutValueIsAnError() {
    ParseResult r = parse("FROM a\n  ENV FOO\n");
    Diagnostic e = r.firstError().orElseThrow();
    assertThat(e.message()).isEqualTo("ENV must have two arguments");
    assertThat(e.range().start()).isEqualTo(new Position(9, 2, 3));
    assertThat(parse("LABEL x\n").firstError().orElseThrow().message()).isEqualTo("LABEL must have two arguments");
  }

  @Test
  void laterWordWithoutEqualsIsAnError() {
    ParseResult r = parse("ENV A=1 B\n");
    assertThat(r.firstError().orElseThrow().message())
        .isEqualTo("Syntax error - can't find = in \"B\". Must be of the form: name=value");
  }

  @Test
  void emptyEnvIsAcceptedByTheParser() {
    assertThat(pairs(last("ENV\n"))).isEmpty();
  }

  @Test
  void argDeclaresNamesWithOptionalDefaults() {
    String text = "ARG A B=2 C= \"D=q\"\n";
    var decl = ((Arguments.ArgDeclarations) last(text).arguments()).declarations();
    assertThat(decl).extracting(d -> d.name().value()).containsExactly("A", "B", "C", "\"D");
    assertThat(decl.get(0).defaultValue()).isEmpty();
    assertThat(decl.get(1).defaultValue().orElseThrow().value()).isEqualTo("2");
    assertThat(at(text, decl.get(1).defaultValue().orElseThrow().range())).isEqualTo("2");
    assertThat(decl.get(2).defaultValue().orElseThrow().value()).isEmpty();
    assertThat(decl.get(3).word().value()).isEqualTo("\"D=q\"");
  }
}
