package dev.dockwright.shell.commands;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.shell.Invocation;
import dev.dockwright.shell.Script;
import dev.dockwright.shell.ShellParser;
import java.util.List;
import org.junit.jupiter.api.Test;

class FailureMaskTest {

    static List<FailureMask> masks(String s) {
        Script script = ShellParser.parse(s);
        assertThat(script.errors()).isEmpty();
        return FailureMask.in(script);
    }

    @Test
    void orFallbacksAreClassified() {
        assertThat(masks("pip install x || true")).extracting(FailureMask::kind).containsExactly(FailureMask.Kind.OR_TRUE);
        assertThat(masks("make || :")).extracting(FailureMask::kind).containsExactly(FailureMask.Kind.OR_TRUE);
        assertThat(masks("make || echo 'build failed'")).extracting(FailureMask::kind)
                .containsExactly(FailureMask.Kind.OR_ECHO);
        assertThat(masks("make || exit 0")).extracting(FailureMask::kind).containsExactly(FailureMask.Kind.OR_EXIT_ZERO);
        assertThat(masks("dpkg -i x.deb || apt-get -f install -y")).extracting(FailureMask::kind)
                .containsExactly(FailureMask.Kind.OR_OTHER);
    }

    @Test
    void maskedCommandAndRange() {
        String src = "apt-get update && apt-get install -y x || true";
        List<FailureMask> m = masks(src);
        assertThat(m).extracting(f -> f.masked().name()).containsExactly("apt-get", "apt-get");
        assertThat(m.get(1).span().text(src)).isEqualTo("true");
    }

    @Test
    void healthcheckIdiomIsNotAMask() {
        assertThat(masks("curl -f http://localhost/ || exit 1")).extracting(FailureMask::kind)
                .containsExactly(FailureMask.Kind.OR_OTHER);
        // a bare `exit` returns the failed command's status: nothing is hidden
        assertThat(masks("make || exit")).extracting(FailureMask::kind)
                .containsExactly(FailureMask.Kind.OR_OTHER);
    }

    @Test
    void setPlusEAndExitZero() {
        assertThat(masks("set -e; a; set +e; b")).extracting(FailureMask::kind).containsExactly(FailureMask.Kind.SET_PLUS_E);
        assertThat(masks("set +e; b")).isEmpty(); // errexit was not on
        assertThat(masks("make; exit 0")).extracting(FailureMask::kind).containsExactly(FailureMask.Kind.EXIT_ZERO);
        assertThat(masks("exit 0")).isEmpty();
        assertThat(masks("a && b")).isEmpty();
    }

    @Test
    void ruleStyleQuery() {
        Script s = ShellParser.parse("pip install -r r.txt || true");
        Invocation pip = s.commands("pip").get(0);
        assertThat(FailureMask.of(pip)).map(FailureMask::kind).contains(FailureMask.Kind.OR_TRUE);
    }
}
