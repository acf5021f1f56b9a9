package dev.dockwright.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.shell.ast.AndOr;
import dev.dockwright.shell.ast.Word;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The query layer: execution order, context, wrappers, and set tracking. */
class InvocationTest {

    static List<Invocation> cmds(String script) {
        Script s = ShellParser.parse(script);
        assertThat(s.errors()).isEmpty();
        return s.simpleCommands();
    }

    static List<String> names(String script) {
        return cmds(script).stream().map(Invocation::name).toList();
    }

    @Test
    void substitutionsRunBeforeTheCommandThatUsesThem() {
        assertThat(names("echo $(date) `id` && x=$(curl -s u | sh) rm ${y:-$(pwd)}"))
                .containsExactly("date", "id", "echo", "curl", "sh", "pwd", "rm");
    }

    @Test
    void compoundBodiesInSourceOrder() {
        assertThat(names("if a; then b; else c; fi; for i in $(seq 3); do d; done; while e; do f; done; "
                + "case $x in y) g;; esac; h() { i; }; (j); { k; }"))
                .containsExactly("a", "b", "c", "seq", "d", "e", "f", "g", "i", "j", "k");
    }

    @Test
    void pipelineAndAndOrPositions() {
        List<Invocation> c = cmds("a | b | c && d || e");
        assertThat(c.get(1).pipelineIndex()).isEqualTo(1);
        assertThat(c.get(1).isPiped()).isTrue();
        assertThat(c.get(1).isLastInPipeline()).isFalse();
        assertThat(c.get(2).isLastInPipeline()).isTrue();
        assertThat(c.get(2).operatorAfter()).contains(AndOr.Operator.AND);
        assertThat(c.get(3).andOrIndex()).isEqualTo(1);
        assertThat(c.get(3).operatorAfter()).contains(AndOr.Operator.OR);
        assertThat(c.get(4).operatorAfter()).isEmpty();
        assertThat(c.get(4).isPiped()).isFalse();
    }

    @Test
    void orElseIsTheFallbackAfterTheNextOr() {
        List<Invocation> c = cmds("a && b || true; c || echo x && d; e");
        assertThat(c.get(0).orElse()).map(p -> p.span().text("a && b || true; c || echo x && d; e")).contains("true");
        assertThat(c.get(1).orElse()).isPresent();
        assertThat(c.get(2).name()).isEqualTo("true");
        assertThat(c.get(2).orElse()).isEmpty();
        assertThat(c.get(3).orElse()).isPresent();
        assertThat(c.get(5).orElse()).isEmpty();
        assertThat(c.get(6).orElse()).isEmpty();
    }

    @Test
    void enclosingConstructs() {
        List<Invocation> c = cmds("(a); x=$(b); f() { c; }; for i in 1; do d; done; if e; then g; fi; h &");
        assertThat(c.get(0).inSubshell()).isTrue();
        assertThat(c.get(1).inCommandSubstitution()).isTrue();
        assertThat(c.get(1).inSubshell()).isFalse();
        assertThat(c.get(2).inCommandSubstitution()).isFalse();
        assertThat(c.get(3).inFunction()).isTrue();
        assertThat(c.get(4).inLoop()).isTrue();
        assertThat(c.get(5).inCondition()).isTrue();
        assertThat(c.get(6).inCondition()).isFalse();
        assertThat(c.get(7).background()).isTrue();
        assertThat(c.get(6).background()).isFalse();
    }

    @Test
    void setOptionsAreTrackedLinearly() {
        List<Invocation> c = cmds("a; set -eux; b; set -o pipefail; c | d; set +e; e; set +o pipefail; f");
        assertThat(c.get(0).options()).isEqualTo(ShellOptions.NONE);
        assertThat(c.get(2).options()).isEqualTo(new ShellOptions(true, false, true, true));
        assertThat(c.get(4).options().pipefail()).isTrue();
        assertThat(c.get(5).options().pipefail()).isTrue();
        assertThat(c.get(7).options().errexit()).isFalse();
        assertThat(c.get(7).options().pipefail()).isTrue();
        assertThat(c.get(9).options().pipefail()).isFalse();
    }

    @Test
    void setFormsAndScoping() {
        assertThat(cmds("set -euo pipefail; a").get(1).options()).isEqualTo(new ShellOptions(true, true, true, false));
        assertThat(cmds("set -o errexit -o nounset; a").get(1).options().nounset()).isTrue();
        assertThat(cmds("set -e -o pipefail && a | b").get(1).options().pipefail()).isTrue();
        assertThat(cmds("set -- -e; a").get(1).options().errexit()).isFalse();
        assertThat(cmds("(set -e); a").get(1).options().errexit()).isFalse();
        assertThat(cmds("x=$(set -e); a").get(1).options().errexit()).isFalse();
        assertThat(cmds("{ set -e; }; a").get(1).options().errexit()).isTrue();
        assertThat(cmds("set -o pipefail -e").get(0).options()).isEqualTo(ShellOptions.NONE);
        assertThat(ShellParser.parse("set -o pipefail").finalOptions().pipefail()).isTrue();
    }

    @Test
    void initialOptionsFromTheShellCommand() {
        ShellOptions o = ShellOptions.fromShellCommand(List.of("/bin/bash", "-eo", "pipefail", "-c"));
        assertThat(o).isEqualTo(new ShellOptions(true, true, false, false));
        assertThat(ShellOptions.fromShellCommand(List.of("/bin/sh", "-c"))).isEqualTo(ShellOptions.NONE);
        assertThat(ShellParser.parse("a | b", o).simpleCommands().get(0).options().pipefail()).isTrue();
    }

    @Test
    void failureStopsScriptFollowsErrexitRules() {
        List<Invocation> c = cmds("set -e; a | b; c && d; if e; then f; fi; ! g; h || true; set -o pipefail; i | j");
        assertThat(c.get(1).failureStopsScript()).isFalse(); // a: not last in the pipeline, no pipefail
        assertThat(c.get(2).failureStopsScript()).isTrue();
        assertThat(c.get(3).failureStopsScript()).isFalse(); // c before &&
        assertThat(c.get(4).failureStopsScript()).isTrue();
        assertThat(c.get(5).failureStopsScript()).isFalse(); // condition
        assertThat(c.get(6).failureStopsScript()).isTrue();
        assertThat(c.get(7).failureStopsScript()).isFalse(); // negated
        assertThat(c.get(8).failureStopsScript()).isFalse(); // before ||
        assertThat(c.get(11).failureStopsScript()).isTrue(); // pipefail
    }

    @Test
    void wrappersAreLookedThrough() {
        Invocation i = cmds("sudo -E -u root env DEBIAN_FRONTEND=noninteractive /usr/bin/apt-get install -y x").get(0);
        assertThat(i.name()).isEqualTo("apt-get");
        assertThat(i.resolved().wrappers()).extracting(Wrapper::name).containsExactly("sudo", "env");
        assertThat(i.args()).extracting(Word::unquoted).containsExactly("install", "-y", "x");
        assertThat(names("nice -n 10 nohup make")).containsExactly("make");
        assertThat(names("exec gunicorn app")).containsExactly("gunicorn");
        assertThat(cmds("exec gunicorn app").get(0).resolved().isExec()).isTrue();
        assertThat(names("command -v curl")).containsExactly("command");
        assertThat(names("command curl -s x")).containsExactly("curl");
        assertThat(names("xargs -r -n1 apt-get install -y")).containsExactly("apt-get");
        assertThat(names("timeout -s KILL 30 curl x")).containsExactly("curl");
        assertThat(names("gosu app python x.py")).containsExactly("python");
        assertThat(names("env")).containsExactly("env");
        assertThat(names("sudo -i")).containsExactly("sudo");
        assertThat(names("A=1 B=2")).containsExactly((String) null);
        assertThat(names("$CMD install")).containsExactly((String) null);
    }

    @Test
    void environmentOfOneCommand() {
        Invocation i = cmds("PIP_NO_CACHE_DIR=1 sudo -E env DEBIAN_FRONTEND=noninteractive X=$Y pip install x").get(0);
        assertThat(i.environment().keySet()).containsExactly("PIP_NO_CACHE_DIR", "DEBIAN_FRONTEND", "X");
        assertThat(i.environment().get("PIP_NO_CACHE_DIR").literal()).contains("1");
        assertThat(i.environment().get("X").isStatic()).isFalse();
        assertThat(i.environment().get("DEBIAN_FRONTEND").literal()).contains("noninteractive");
        assertThat(i.environment().get("X").unquoted()).isEqualTo("$Y");
        assertThat(cmds("pip install x").get(0).environment()).isEmpty();
    }

    @Test
    void variablesAreTrackedLinearly() {
        List<Invocation> c = cmds("A=1; export PIP_NO_CACHE_DIR=true B; pip install x; (C=3; d); e; unset A; f; "
                + "G=7 g; h; x=$(Y=1); i");
        assertThat(c.get(0).variables()).isEmpty();
        assertThat(c.get(2).variables().keySet()).containsExactlyInAnyOrder("A", "PIP_NO_CACHE_DIR");
        assertThat(c.get(2).variables().get("PIP_NO_CACHE_DIR").literal()).contains("true");
        assertThat(c.get(4).variables()).containsKey("C");
        assertThat(c.get(5).variables()).doesNotContainKey("C");
        assertThat(c.get(7).variables()).doesNotContainKey("A");
        assertThat(c.get(9).variables()).doesNotContainKey("G");
        assertThat(c.get(12).variables()).doesNotContainKey("Y");
    }

    @Test
    void pythonModulesAndPipSpellings() {
        assertThat(cmds("python -m pip install x").get(0).program()).isEqualTo("pip");
        assertThat(cmds("python -m pip install x").get(0).args()).extracting(Word::unquoted).containsExactly("install", "x");
        assertThat(cmds("python3.12 -u -m pip install x").get(0).program()).isEqualTo("pip");
        assertThat(cmds("python3 -mpip install x").get(0).program()).isEqualTo("pip");
        assertThat(cmds("/usr/local/bin/python3 -m venv /opt/venv").get(0).program()).isEqualTo("venv");
        assertThat(cmds("pip3 install x").get(0).program()).isEqualTo("pip");
        assertThat(cmds("pip3.11 install x").get(0).program()).isEqualTo("pip");
        assertThat(cmds("pipenv install").get(0).program()).isEqualTo("pipenv");
        assertThat(cmds("python3 app.py").get(0).program()).isEqualTo("python");
        assertThat(cmds("python -c 'import x' -m pip").get(0).program()).isEqualTo("python");
        assertThat(cmds("uv pip install x").get(0).program()).isEqualTo("uv");
    }

    @Test
    void spansPointIntoTheScript() {
        String src = "apt-get update && \\\n  apt-get install -y 'curl'";
        Invocation i = cmds(src).get(1);
        assertThat(i.span().text(src)).isEqualTo("apt-get install -y 'curl'");
        Word pkg = i.args().get(2);
        assertThat(pkg.span().text(src)).isEqualTo("'curl'");
        assertThat(pkg.literal()).contains("curl");
    }

    @Test
    void wordValues() {
        Word w = cmds("echo \"pkg=${VER}\"'x'\\ y").get(0).args().get(0);
        assertThat(w.isStatic()).isFalse();
        assertThat(w.literal()).isEmpty();
        assertThat(w.unquoted()).isEqualTo("pkg=${VER}x y");
        assertThat(cmds("echo a'b'\"c\"$'\\n'").get(0).args().get(0).literal()).contains("abc\n");
        assertThat(cmds("echo $(x)").get(1).args().get(0).hasCommandSubstitution()).isTrue();
    }

    @Test
    void pipesAtAnyDepth() {
        Script s = ShellParser.parse("a; (b | c) | d; x=$(e | f)");
        assertThat(s.pipes()).hasSize(3);
        assertThat(ShellParser.parse("a || b").pipes()).isEmpty();
    }
}
