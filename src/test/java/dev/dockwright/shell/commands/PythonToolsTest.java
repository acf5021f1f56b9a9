package dev.dockwright.shell.commands;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.shell.Script;
import dev.dockwright.shell.ShellParser;
import org.junit.jupiter.api.Test;

/** pip in all spellings, uv, poetry, pipenv, pdm. */
class PythonToolsTest {

    static Script sh(String s) {
        Script script = ShellParser.parse(s);
        assertThat(script.errors()).isEmpty();
        return script;
    }

    @Test
    void pipSpellingsAllMatch() {
        for (String s : new String[] {"pip install x", "pip3 install x", "pip3.12 install x", "python -m pip install x",
                "python3 -m pip install x", "/opt/venv/bin/pip install x", "sudo -H pip install x", "uv pip install x"}) {
            PipCommand p = PipCommand.in(sh(s)).get(0);
            assertThat(p.isInstall()).as(s).isTrue();
            assertThat(p.requirements()).as(s).hasSize(1);
        }
        assertThat(PipCommand.in(sh("uv pip install x")).get(0).frontend()).isEqualTo(PipCommand.Frontend.UV);
        assertThat(PipCommand.in(sh("pipenv install x; uv sync; pip-compile"))).isEmpty();
        PipCommand pipx = PipCommand.in(sh("pipx install black")).get(0);
        assertThat(pipx.frontend()).isEqualTo(PipCommand.Frontend.PIPX);
        assertThat(pipx.requirements().get(0).versioned()).isFalse();
    }

    @Test
    void pipOptions() {
        String src = "pip install --no-cache-dir --user -r requirements.txt -c constraints.txt -e . "
                + "--trusted-host pypi.org --index-url https://pypi.org/simple --extra-index-url https://x/simple "
                + "'uvicorn[standard]>=0.30,<1' flask==3.0.3 requests";
        PipCommand p = PipCommand.in(sh(src)).get(0);
        assertThat(p.noCache()).isTrue();
        assertThat(p.user()).isTrue();
        assertThat(p.requirementFiles()).containsExactly("requirements.txt");
        assertThat(p.constraintFiles()).containsExactly("constraints.txt");
        assertThat(p.editables()).extracting(o -> o.value().orElseThrow()).containsExactly(".");
        assertThat(p.trustedHosts()).extracting(o -> o.valueWord().orElseThrow().span().text(src)).containsExactly("pypi.org");
        assertThat(p.indexUrl()).contains("https://pypi.org/simple");
        assertThat(p.extraIndexUrls()).containsExactly("https://x/simple");
        assertThat(p.requirements()).extracting(r -> r.name().orElse("?")).containsExactly("uvicorn", "flask", "requests");
        PipRequirement uv = p.requirements().get(0);
        assertThat(uv.extras()).isEqualTo("standard");
        assertThat(uv.specifier()).isEqualTo(">=0.30,<1");
        assertThat(uv.versioned()).isTrue();
        assertThat(uv.pinnedExactly()).isFalse();
        assertThat(p.requirements().get(1).pinnedExactly()).isTrue();
        assertThat(p.requirements().get(2).versioned()).isFalse();
    }

    @Test
    void requirementKinds() {
        PipCommand p = PipCommand.in(sh("pip install ./dist/app-1.0-py3-none-any.whl . ../lib "
                + "git+https://github.com/a/b.git@v1.2#egg=b git+https://github.com/a/c.git "
                + "https://x.io/p.tar.gz 'pkg @ https://x.io/p.zip' \"x; python_version<'3.9'\" foo/bar")).get(0);
        assertThat(p.requirements()).extracting(PipRequirement::kind).containsExactly(
                PipRequirement.Kind.FILE, PipRequirement.Kind.PATH, PipRequirement.Kind.PATH, PipRequirement.Kind.VCS,
                PipRequirement.Kind.VCS, PipRequirement.Kind.URL, PipRequirement.Kind.URL, PipRequirement.Kind.NAME,
                PipRequirement.Kind.PATH);
        assertThat(p.requirements().get(3).name()).contains("b");
        assertThat(p.requirements().get(3).versioned()).isTrue();
        assertThat(p.requirements().get(4).versioned()).isFalse();
        assertThat(p.requirements().get(6).name()).contains("pkg");
        assertThat(p.requirements().get(7).marker()).isEqualTo("python_version<'3.9'");
    }

    @Test
    void uvPipNoCacheAndCachePurge() {
        assertThat(PipCommand.in(sh("uv pip install --no-cache --system x")).get(0).noCache()).isTrue();
        assertThat(PipCommand.in(sh("uv pip install --no-cache-dir x")).get(0).noCache()).isFalse();
        assertThat(PipCommand.in(sh("pip install x")).get(0).noCache()).isFalse();
        assertThat(PipCommand.in(sh("pip cache purge")).get(0).isCachePurge()).isTrue();
        assertThat(PipCommand.in(sh("pip --no-cache-dir install x")).get(0).noCache()).isTrue();
        assertThat(PipCommand.in(sh("pip install -U pip setuptools")).get(0).requirements()).hasSize(2);
    }

    @Test
    void uvProjectCommands() {
        UvCommand sync = UvCommand.in(sh("uv sync --frozen --no-dev --no-install-project --no-cache")).get(0);
        assertThat(sync.action()).isEqualTo("sync");
        assertThat(sync.frozen() && sync.noDev() && sync.noInstallProject() && sync.noCache()).isTrue();
        assertThat(sync.locked()).isFalse();
        UvCommand add = UvCommand.in(sh("uv add 'fastapi==0.115' httpx")).get(0);
        assertThat(add.operands()).extracting(PackageSpec::name).containsExactly("fastapi", "httpx");
        assertThat(add.operands().get(0).version()).contains("0.115");
        assertThat(UvCommand.in(sh("uv pip install x"))).isEmpty();
        assertThat(UvCommand.in(sh("uv tool install ruff")).get(0).operands()).extracting(PackageSpec::text)
                .containsExactly("install", "ruff");
    }

    @Test
    void poetryPipenvPdm() {
        PoetryCommand p = PoetryCommand.in(sh("poetry install --no-root --only main --no-interaction")).get(0);
        assertThat(p.isInstall() && p.noRoot() && p.withoutDev()).isTrue();
        assertThat(PoetryCommand.in(sh("poetry install --without dev")).get(0).withoutDev()).isTrue();
        assertThat(PoetryCommand.in(sh("poetry install")).get(0).withoutDev()).isFalse();
        assertThat(PoetryCommand.in(sh("poetry config virtualenvs.create false")).get(0).config())
                .hasValueSatisfying(kv -> assertThat(kv).containsExactly("virtualenvs.create", "false"));
        PipenvCommand pe = PipenvCommand.in(sh("pipenv install --system --deploy")).get(0);
        assertThat(pe.system() && pe.deploy()).isTrue();
        assertThat(PdmCommand.in(sh("pdm install --prod --no-editable")).get(0).prod()).isTrue();
        assertThat(PdmCommand.in(sh("pdm sync")).get(0).action()).isEqualTo("sync");
    }
}
