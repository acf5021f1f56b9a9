package dev.dockwright.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The shape of the tree for the grammar's constructs, checked through {@link TreePrinter}. */
class GrammarTest {

    static String tree(String script) {
        Script s = ShellParser.parse(script);
        assertThat(s.errors()).as("errors in %s", script).isEmpty();
        return TreePrinter.print(s);
    }

    /** Cases from {@code grammar-cases.txt}: {@code script → tree}, with ⏎ for newline and ⇥ for tab. */
    @TestFactory
    Stream<DynamicTest> shapes() throws IOException {
        try (var in = getClass().getResourceAsStream("/shell/grammar-cases.txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> {
                        int arrow = l.lastIndexOf(" → ");
                        String script = unmark(l.substring(0, arrow));
                        String expected = unmark(l.substring(arrow + 3));
                        return DynamicTest.dynamicTest(l.substring(0, arrow),
                                () -> assertThat(tree(script)).isEqualTo(expected));
                    })
                    .toList()
                    .stream();
        }
    }

    private static String unmark(String s) {
        return s.replace("⏎", "\n").replace("⇥", "\t");
    }

    @Test
    void heredocBodyIsReadAfterTheLine() {
        Script s = ShellParser.parse("cat <<EOF > f; echo after\nhello $USER\nEOF\necho next");
        assertThat(s.errors()).isEmpty();
        assertThat(TreePrinter.print(s))
                .isEqualTo("[cmd cat <<EOF{hello ${USER}\n} >f] ; [cmd echo after] \\n [cmd echo next]");
    }

    @Test
    void quotedHeredocIsLiteralAndStripTabsRemovesTabs() {
        Script s = ShellParser.parse("cat <<-'X'\n\t$a\n\tX\n");
        assertThat(s.errors()).isEmpty();
        var h = s.simpleCommands().get(0).redirects().get(0).heredoc().orElseThrow();
        assertThat(h.quoted()).isTrue();
        assertThat(h.delimiter()).isEqualTo("X");
        assertThat(h.text()).isEqualTo("$a\n");
        assertThat(h.terminated()).isTrue();
    }

    @Test
    void twoHeredocsOnOneLine() {
        Script s = ShellParser.parse("paste <<A <<B\n1\nA\n2\nB\necho done");
        assertThat(s.errors()).isEmpty();
        assertThat(TreePrinter.print(s)).isEqualTo("[cmd paste <<A{1\n} <<B{2\n}] \\n [cmd echo done]");
    }

    @Test
    void heredocInsideCommandSubstitution() {
        Script s = ShellParser.parse("x=$(cat <<EOF\nbody\nEOF\n)\necho $x");
        assertThat(s.errors()).isEmpty();
        assertThat(TreePrinter.print(s)).isEqualTo("[cmd x=$([cmd cat <<EOF{body\n}] \\n)] \\n [cmd echo ${x}]");
    }

    @Test
    void caseInsideCommandSubstitution() {
        assertThat(tree("y=$(case $x in a) echo 1;; esac)")).isEqualTo("[cmd y=$((case ${x} [a) [cmd echo 1] ;;]))]");
    }

    @Test
    void reservedWordsAreOrdinaryWordsAsArguments() {
        assertThat(tree("echo if then fi done { }")).isEqualTo("[cmd echo if then fi done { }]");
    }

    @Test
    void crlfLineEndingsAreTolerated() {
        assertThat(tree("apt-get update \\\r\n && apt-get install x\r\n")).isEqualTo(
                "[cmd apt-get update] && [cmd apt-get install x] \\n");
    }
}
