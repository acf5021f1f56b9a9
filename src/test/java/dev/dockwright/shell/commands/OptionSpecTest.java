package dev.dockwright.shell.commands;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.shell.ShellParser;
import dev.dockwright.shell.ast.Word;
import java.util.List;
import org.junit.jupiter.api.Test;

class OptionSpecTest {

    static final OptionSpec SPEC = OptionSpec.builder()
            .flag("yes", "-y", "--yes", "--assume-yes")
            .optionalValue("quiet", "-q", "--quiet")
            .value("target", "-t", "--target-release")
            .value("output", "-o")
            .flag("no-verbose", "-nv")
            .build();

    static List<Word> words(String args) {
        return ShellParser.parse("cmd " + args).simpleCommands().get(0).args();
    }

    @Test
    void combinedShortFlagsAndCanonicalNames() {
        ParsedArgs a = SPEC.parse(words("-qy install --assume-yes x"));
        assertThat(a.count("yes")).isEqualTo(2);
        assertThat(a.count("quiet")).isEqualTo(1);
        assertThat(a.operandTexts()).containsExactly("install", "x");
        assertThat(a.all("yes")).extracting(ParsedArgs.Option::spelling).containsExactly("-y", "--assume-yes");
    }

    @Test
    void valuesSeparateAttachedAndWithEquals() {
        ParsedArgs a = SPEC.parse(words("-t bookworm -obar --target-release=sid -q=2 pkg"));
        assertThat(a.values("target")).containsExactly("bookworm", "sid");
        assertThat(a.value("output")).contains("bar");
        assertThat(a.value("quiet")).contains("2");
        assertThat(a.operandTexts()).containsExactly("pkg");
    }

    @Test
    void valueInsideAClusterTakesTheRest() {
        ParsedArgs a = SPEC.parse(words("-yt stable x"));
        assertThat(a.has("yes")).isTrue();
        assertThat(a.value("target")).contains("stable");
        assertThat(a.operandTexts()).containsExactly("x");
    }

    @Test
    void doubleDashEndsOptionsAndDashIsAnOperand() {
        ParsedArgs a = SPEC.parse(words("-y -- -t x -"));
        assertThat(a.has("target")).isFalse();
        assertThat(a.operandTexts()).containsExactly("-t", "x", "-");
        ParsedArgs b = SPEC.parse(words("a -- b c"));
        assertThat(b.operandsBeforeDoubleDash()).extracting(Word::unquoted).containsExactly("a");
        assertThat(SPEC.parse(words("a b")).operandsBeforeDoubleDash()).hasSize(2);
    }

    @Test
    void unknownOptionsCanTakeValues() {
        OptionSpec greedy = OptionSpec.builder().flag("known", "--known").unknownOptionsTakeValues().build();
        ParsedArgs a = greedy.parse(words("--known x --other v -z w y"));
        assertThat(a.value("other")).contains("v");
        assertThat(a.value("z")).contains("w");
        assertThat(a.operandTexts()).containsExactly("x", "y");
    }

    @Test
    void unknownOptionsAreFlagsNamedAfterTheirSpelling() {
        ParsedArgs a = SPEC.parse(words("--frobnicate --level=3 -Z x"));
        assertThat(a.has("frobnicate")).isTrue();
        assertThat(a.value("level")).contains("3");
        assertThat(a.has("Z")).isTrue();
        assertThat(a.operandTexts()).containsExactly("x");
    }

    @Test
    void wholeWordSpellings() {
        assertThat(SPEC.parse(words("-nv url")).has("no-verbose")).isTrue();
    }

    @Test
    void stopAtFirstOperand() {
        OptionSpec posix = OptionSpec.builder().value("user", "-u").stopAtFirstOperand().build();
        ParsedArgs a = posix.parse(words("-u root apt-get -y install"));
        assertThat(a.value("user")).contains("root");
        assertThat(a.operandTexts()).containsExactly("apt-get", "-y", "install");
    }

    @Test
    void quotedAndDynamicWords() {
        ParsedArgs a = SPEC.parse(words("\"-y\" \"$FLAGS\" --target-release \"$REL\""));
        assertThat(a.has("yes")).isTrue();
        assertThat(a.value("target")).contains("$REL");
        assertThat(a.operandTexts()).containsExactly("$FLAGS");
    }

    @Test
    void optionsPointAtTheirWords() {
        String src = "cmd install -t  bookworm x";
        ParsedArgs a = SPEC.parse(ShellParser.parse(src).simpleCommands().get(0).args());
        ParsedArgs.Option t = a.first("target").orElseThrow();
        assertThat(t.word().span().text(src)).isEqualTo("-t");
        assertThat(t.valueWord().orElseThrow().span().text(src)).isEqualTo("bookworm");
    }
}
