package dev.dockwright.shell.commands;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.shell.Invocation;
import dev.dockwright.shell.Script;
import dev.dockwright.shell.ShellParser;
import dev.dockwright.shell.ast.Word;
import java.util.List;
import org.junit.jupiter.api.Test;

/** curl, wget, rm, cd, user and group creation, chmod/chown, echo, sudo, DL3001 tools, npm, gem, go. */
class ToolsTest {

    static Script sh(String s) {
        Script script = ShellParser.parse(s);
        assertThat(script.errors()).isEmpty();
        return script;
    }

    @Test
    void curl() {
        CurlCommand c = CurlCommand.in(sh("curl -fsSLk -H 'Accept: x' -o /tmp/a https://a.io/x")).get(0);
        assertThat(c.insecure()).isTrue();
        assertThat(c.fail()).isTrue();
        assertThat(c.output()).contains("/tmp/a");
        assertThat(c.toStdout()).isFalse();
        assertThat(c.urls()).extracting(Word::unquoted).containsExactly("https://a.io/x");
        assertThat(CurlCommand.in(sh("curl --insecure x")).get(0).insecure()).isTrue();
        assertThat(CurlCommand.in(sh("curl -sS x")).get(0).insecure()).isFalse();
        CurlCommand piped = CurlCommand.in(sh("curl -fsSL https://get.x.io | sudo bash -s -- -y")).get(0);
        assertThat(piped.toStdout()).isTrue();
        assertThat(piped.pipedToInterpreter()).contains("bash");
        assertThat(CurlCommand.in(sh("curl -sL x | tar xz")).get(0).pipedToInterpreter()).isEmpty();
        assertThat(CurlCommand.in(sh("curl -sSL https://install.python-poetry.org | python3 -")).get(0).pipedToInterpreter())
                .contains("python");
    }

    @Test
    void wget() {
        WgetCommand w = WgetCommand.in(sh("wget --no-check-certificate -nv -O - https://x | sh")).get(0);
        assertThat(w.noCheckCertificate()).isTrue();
        assertThat(w.noVerbose()).isTrue();
        assertThat(w.outputDocument()).contains("-");
        assertThat(w.pipedToInterpreter()).contains("sh");
        assertThat(w.urls()).extracting(Word::unquoted).containsExactly("https://x");
        WgetCommand plain = WgetCommand.in(sh("wget https://x/a.tgz")).get(0);
        assertThat(plain.quiet() || plain.noVerbose() || plain.logToFile() || plain.progress().isPresent()).isFalse();
        assertThat(WgetCommand.in(sh("wget --progress=dot:giga x")).get(0).progress()).contains("dot:giga");
        assertThat(WgetCommand.in(sh("wget -q x")).get(0).quiet()).isTrue();
        assertThat(WgetCommand.in(sh("wget -o log x")).get(0).logToFile()).isTrue();
    }

    @Test
    void rm() {
        RmCommand r = RmCommand.in(sh("rm -rf /var/lib/apt/lists/* /root/.cache/pip")).get(0);
        assertThat(r.recursive() && r.force()).isTrue();
        assertThat(r.removes("/var/lib/apt/lists/*")).isTrue();
        assertThat(r.removes("/var/lib/apt/lists")).isTrue();
        assertThat(r.removesUnder("/root/.cache")).isTrue();
        assertThat(r.removes("/var/lib/apt")).isFalse();
        assertThat(RmCommand.in(sh("rm -r -f \"/var/lib/apt/lists\"/*")).get(0).removes("/var/lib/apt/lists/*")).isTrue();
    }

    @Test
    void cd() {
        assertThat(CdCommand.in(sh("cd /app && make")).get(0).target()).map(Word::unquoted).contains("/app");
        assertThat(CdCommand.in(sh("cd")).get(0).target()).isEmpty();
    }

    @Test
    void userAndGroupCreation() {
        UserAddCommand u = UserAddCommand.in(sh("useradd -u 1000000 -g app -m -s /bin/bash app")).get(0);
        assertThat(u.uid()).contains("1000000");
        assertThat(u.gid()).contains("app");
        assertThat(u.noLogInit()).isFalse();
        assertThat(u.name()).map(Word::unquoted).contains("app");
        assertThat(UserAddCommand.in(sh("useradd -lu 123456 x")).get(0).noLogInit()).isTrue();
        assertThat(UserAddCommand.in(sh("useradd --no-log-init --uid=123456 x")).get(0).uid()).contains("123456");
        UserAddCommand busybox = UserAddCommand.in(sh("adduser -D -u 1001 -G app -g 'App user' -h /app app")).get(0);
        assertThat(busybox.uid()).contains("1001");
        assertThat(busybox.name()).map(Word::unquoted).contains("app");
        UserAddCommand debian = UserAddCommand.in(sh("adduser --system --uid 999 --gid 999 --home /nonexistent svc")).get(0);
        assertThat(debian.system()).isTrue();
        assertThat(debian.gid()).contains("999");
        UserAddCommand g = UserAddCommand.in(sh("groupadd -r -g 1000 app")).get(0);
        assertThat(g.createsGroup()).isTrue();
        assertThat(g.gid()).contains("1000");
        assertThat(g.uid()).isEmpty();
    }

    @Test
    void chmodAndChown() {
        ChmodCommand m = ChmodCommand.in(sh("chmod -R 755 /app /data")).get(0);
        assertThat(m.recursive()).isTrue();
        assertThat(m.mode()).map(Word::unquoted).contains("755");
        assertThat(m.paths()).extracting(Word::unquoted).containsExactly("/app", "/data");
        ChmodCommand sym = ChmodCommand.in(sh("chmod -x /usr/bin/a")).get(0);
        assertThat(sym.mode()).map(Word::unquoted).contains("-x");
        assertThat(sym.paths()).extracting(Word::unquoted).containsExactly("/usr/bin/a");
        ChmodCommand o = ChmodCommand.in(sh("chown -R app:app /app")).get(0);
        assertThat(o.tool()).isEqualTo("chown");
        assertThat(o.user()).contains("app");
        assertThat(o.group()).contains("app");
        assertThat(ChmodCommand.in(sh("chown 1000 /x")).get(0).group()).isEmpty();
    }

    @Test
    void echoEscapes() {
        EchoCommand e = EchoCommand.in(sh("echo -e 'a\\nb' > f")).get(0);
        assertThat(e.interpretEscapes()).isTrue();
        assertThat(e.hasBackslashEscapes()).isTrue();
        assertThat(EchoCommand.in(sh("echo 'line1\\nline2'")).get(0).hasBackslashEscapes()).isTrue();
        assertThat(EchoCommand.in(sh("echo \"plain $x\"")).get(0).hasBackslashEscapes()).isFalse();
        assertThat(EchoCommand.in(sh("echo a\\nb")).get(0).hasBackslashEscapes()).isFalse(); // shell removed the backslash
        EchoCommand n = EchoCommand.in(sh("echo -n -e x")).get(0);
        assertThat(n.noNewline() && n.interpretEscapes()).isTrue();
        assertThat(n.arguments()).extracting(Word::unquoted).containsExactly("x");
        assertThat(EchoCommand.in(sh("echo -x")).get(0).arguments()).hasSize(1);
    }

    @Test
    void sudoAndNonContainerTools() {
        Script s = sh("sudo apt-get update; sudo -i; apt-get x; service nginx start; ps aux | grep x; ifconfig");
        assertThat(Sudo.in(s)).hasSize(2);
        List<Invocation> listed = s.simpleCommands().stream()
                .filter(i -> NonContainerCommands.isListed(i, NonContainerCommands.HADOLINT)).toList();
        assertThat(listed).extracting(Invocation::name).containsExactly("service", "ps");
        assertThat(s.simpleCommands().stream().filter(i -> NonContainerCommands.isListed(i, NonContainerCommands.ALL)))
                .hasSize(3);
    }

    @Test
    void npmGemGo() {
        NpmCommand n = NpmCommand.in(sh("npm install -g --loglevel warn @angular/cli@17 express lodash@4.17.21 ./local git+https://x/y.git#v1")).get(0);
        assertThat(n.global()).isTrue();
        assertThat(n.packages()).extracting(PackageSpec::name)
                .containsExactly("@angular/cli", "express", "lodash", "./local", "git+https://x/y.git#v1");
        assertThat(n.packages()).extracting(PackageSpec::pinned).containsExactly(true, false, true, true, true);
        assertThat(NpmCommand.in(sh("npm ci")).get(0).packages()).isEmpty();
        GemCommand g = GemCommand.in(sh("gem install bundler:2.5.0 rake -v 13.0")).get(0);
        assertThat(g.packages()).extracting(PackageSpec::name).containsExactly("bundler", "rake");
        assertThat(g.packages().get(0).version()).contains("2.5.0");
        assertThat(g.version()).contains("13.0");
        assertThat(GemCommand.in(sh("gem install bundler:2.0.1 -- --use-system-libraries=true")).get(0).packages())
                .extracting(PackageSpec::name).containsExactly("bundler");
        assertThat(GemCommand.in(sh("gem install bundler:2.0.1 --use-system-libraries true")).get(0).packages())
                .extracting(PackageSpec::name).containsExactly("bundler");
        GoCommand go = GoCommand.in(sh("go install golang.org/x/tools/gopls@v0.15.0 example.com/a")).get(0);
        assertThat(go.packages()).extracting(PackageSpec::pinned).containsExactly(true, false);
        assertThat(GoCommand.in(sh("go run example.com/tool@v1.2 -flag arg")).get(0).packages())
                .extracting(PackageSpec::text).containsExactly("example.com/tool@v1.2");
    }
}
