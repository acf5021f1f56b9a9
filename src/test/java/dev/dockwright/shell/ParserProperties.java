package dev.dockwright.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.shell.ast.Node;
import dev.dockwright.shell.ast.Word;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The parser never throws and always returns a consistent tree: for random text biased towards
 * shell syntax, and for real-looking scripts with random damage.
 */
class ParserProperties {

    private static final String SHELL_CHARS = " \t\n\\'\"`$(){}[];&|<>#=*?!~-:/.,+%@^0123456789aefinoprstxyEOF";

    static final List<String> SEEDS = List.of(
            "apt-get update && apt-get install -y --no-install-recommends curl=7.* \\\n && rm -rf /var/lib/apt/lists/*",
            "set -eux; pip install --no-cache-dir -r requirements.txt || true",
            "if [ -f x ]; then echo \"${A:-$(date +%s)}\"; elif [[ $b =~ ^(x|y)$ ]]; then :; else exit 1; fi",
            "for f in *.txt; do case \"$f\" in a*) cat <<EOF >> out\n$f\nEOF\n;; *) rm -f \"$f\";; esac; done",
            "curl -fsSL https://x.io/install.sh | sh -s -- -y 2>&1 >/dev/null &",
            "x=$( (cd /tmp && ls) | wc -l ); arr=(a 'b c' $x); echo ${arr[@]} $((1+2)) `id -u`",
            "f() { local a=$1; shift; echo $'\\t'\"$@\"; }; f 1 2 3 <<< \"$(uname)\"",
            "while read -r l; do echo $l; done < <(ls) ; until false; do break; done",
            "{ echo a; echo b; } | sort -u > /tmp/x 2>&1; ! grep -q z /tmp/x");

    @Property(tries = 3000)
    void randomTextNeverThrows(@ForAll("shellish") String text) {
        checkConsistent(text);
    }

    @Property(tries = 2000)
    void anyUnicodeNeverThrows(@ForAll String text) {
        checkConsistent(text);
    }

    @Property(tries = 3000)
    void mutatedScriptsNeverThrow(@ForAll("mutated") String text) {
        checkConsistent(text);
    }

    @Property(tries = 200)
    void parsingIsDeterministic(@ForAll("mutated") String text) {
        assertThat(TreePrinter.print(ShellParser.parse(text))).isEqualTo(TreePrinter.print(ShellParser.parse(text)));
    }

    @Property(tries = 50)
    void deepNestingIsAnErrorNotACrash(@ForAll("opener") String opener, @ForAll("depth") int depth) {
        Script s = checkConsistent(opener.repeat(depth) + "x");
        assertThat(s.hasErrors()).isTrue();
    }

    static Script checkConsistent(String text) {
        Script s = ShellParser.parse(text);
        int n = text.length();
        for (ShellError e : s.errors()) {
            assertThat(e.offset()).isBetween(0, n);
        }
        s.nodes().forEach(node -> checkNode(node, text));
        for (Invocation i : s.simpleCommands()) {
            assertThat(i.pipeline().commands()).contains(i.command());
            assertThat(i.andOr().pipelines()).contains(i.pipeline());
        }
        return s;
    }

    private static void checkNode(Node node, String text) {
        assertThat(node.span().end()).isLessThanOrEqualTo(text.length());
        if (node instanceof Word w) {
            assertThat(w.span().text(text)).isEqualTo(w.text());
            w.unquoted();
            w.literal();
        }
    }

    @Provide
    Arbitrary<String> shellish() {
        return Arbitraries.strings().withChars(SHELL_CHARS.toCharArray()).ofMaxLength(80);
    }

    @Provide
    Arbitrary<String> opener() {
        return Arbitraries.of("(", "$(", "${x:-", "\"$(", "{ ", "if ", "$((", "<(", "case x in a) ");
    }

    @Provide
    Arbitrary<Integer> depth() {
        return Arbitraries.integers().between(150, 600);
    }

    @Provide
    Arbitrary<String> mutated() {
        Arbitrary<String> seed = Arbitraries.of(SEEDS);
        Arbitrary<Integer> pos = Arbitraries.integers().between(0, 1000);
        Arbitrary<Integer> len = Arbitraries.integers().between(0, 12);
        Arbitrary<String> insert = Arbitraries.strings().withChars(SHELL_CHARS.toCharArray()).ofMaxLength(4);
        Arbitrary<Integer> op = Arbitraries.integers().between(0, 3);
        return Combinators.combine(seed, pos, len, insert, op).as((s, p, l, ins, o) -> {
            int at = Math.min(p, s.length());
            int end = Math.min(s.length(), at + l);
            return switch (o) {
                case 0 -> s.substring(0, at) + s.substring(end);
                case 1 -> s.substring(0, at) + ins + s.substring(at);
                case 2 -> s.substring(0, at) + ins + s.substring(end);
                default -> s.substring(0, at);
            };
        });
    }
}
