package dev.dockwright.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.syntax.DockerfileParser;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DockerfileModelTest {

  static DockerfileModel model(String text) {
    return DockerfileModel.of(DockerfileParser.parse(text), ModelOptions.defaults());
  }

  @Test
  void eachInstructionKnowsItsStepAndStage() {
    DockerfileModel m = model("""
        ARG V=1
        FROM alpine AS build
        RUN echo hi
        ONBUILD RUN echo later
        FROM build
        USER app
        """);
    var all = m.dockerfile().instructions();
    Stage build = m.stages().get(0);
    Stage last = m.stages().get(1);
    assertThat(m.stageOf(all.get(0))).isEmpty(); // a global ARG
    assertThat(m.step(all.get(0))).isEmpty();
    assertThat(m.stageOf(all.get(1))).containsSame(build); // FROM belongs to its stage
    assertThat(m.step(all.get(1))).isEmpty(); // but is no step
    assertThat(m.stageOf(all.get(2))).containsSame(build);
    assertThat(m.step(all.get(2))).get().isInstanceOf(RunStep.class)
        .extracting(Step::instruction).isSameAs(all.get(2));
    assertThat(m.step(all.get(3).trigger().orElseThrow())).isEmpty(); // a trigger is no step
    assertThat(m.stageOf(all.get(5))).containsSame(last);
    assertThat(m.step(all.get(5))).get().extracting(Step::instruction).isSameAs(all.get(5));
  }

  @Test
  void stagesBaseImagesAndTheGraph() {
    DockerfileModel m = model("""
        ARG PY=3.12
        FROM python:${PY}-slim AS builder
        RUN pip install --prefix=/install flask
        FROM builder AS test
        RUN pytest
        FROM --platform=$BUILDPLATFORM python:${PY}-slim
        COPY --from=builder /install /usr/local
        """);
    assertThat(m.stages()).hasSize(3);
    Stage builder = m.stages().get(0);
    assertThat(builder.name()).contains("builder");
    assertThat(builder.baseText()).isEqualTo("python:3.12-slim");
    assertThat(builder.facts().python()).get().extracting(p -> p.version()).isEqualTo("3.12");
    Stage test = m.stages().get(1);
    assertThat(test.parent()).contains(builder);
    assertThat(test.image()).isEqualTo(builder.image());
    Stage last = m.stages().get(2);
    assertThat(last.platform()).contains("linux/amd64");
    assertThat(m.finalStage()).contains(last);
    assertThat(m.reachableStages()).containsExactlyInAnyOrder(last, builder);
    assertThat(m.shippedStages()).containsExactly(last);
    assertThat(last.steps(CopyStep.class).get(0).fromStage()).contains(builder);
  }

  @Test
  void runsOutsideStagesAreInterpretedOnRequest() {
    DockerfileModel m = model("""
        ARG CACHE=/var/cache/apk
        RUN apk add curl
        FROM alpine:3.20
        SHELL ["/bin/ash", "-o", "pipefail", "-c"]
        ONBUILD RUN --mount=type=cache,target=/root/.cache pip install flask | tee log
        """);
    dev.dockwright.syntax.Instruction early = m.dockerfile().instructions().get(1);
    RunStep before = m.interpretRun(early, m.detachedContext());
    assertThat(before.commands("apk")).hasSize(1);
    assertThat(before.context().scope().get("CACHE")).isEqualTo("/var/cache/apk");
    assertThat(m.stages().get(0).steps(RunStep.class)).isEmpty();
    Step onbuild = m.stages().get(0).steps().get(1);
    RunStep trigger = m.interpretRun(onbuild.instruction().trigger().orElseThrow(),
        onbuild.context());
    assertThat(trigger.cacheMounted("/root/.cache/pip")).isTrue();
    RunStep.Command pip = trigger.commands("pip").get(0);
    assertThat(pip.invocation().options().pipefail()).isTrue();
    assertThat(pip.range().start().line()).isEqualTo(5);
  }

  @Test
  void targetSelectsTheFinalStageAndItsParents() {
    DockerfileModel m = DockerfileModel.of(DockerfileParser.parse("""
        FROM debian AS base
        FROM base AS dev
        FROM base AS prod
        """), ModelOptions.defaults().withTarget("DEV"));
    assertThat(m.finalStage().flatMap(Stage::name)).contains("dev");
    assertThat(m.shippedStages()).extracting(s -> s.name().orElseThrow()).containsExactly("base", "dev");
    DockerfileModel missing = DockerfileModel.of(DockerfileParser.parse("FROM a\n"),
        ModelOptions.defaults().withTarget("nope"));
    assertThat(missing.finalStage()).isEmpty();
    assertThat(missing.problems()).anyMatch(p -> p.contains("nope"));
  }

  @Test
  void argAndEnvScoping() {
    DockerfileModel m = DockerfileModel.of(DockerfileParser.parse("""
        ARG VERSION=1.0
        ARG ONLY_GLOBAL=g
        FROM alpine
        ARG VERSION
        ENV A=1 B=$A C=${VERSION}
        ENV A=2
        RUN echo $A
        FROM alpine
        RUN echo $VERSION
        """), ModelOptions.defaults().withBuildArgs(Map.of("VERSION", "2.0")));
    Stage first = m.stages().get(0);
    EnvStep env = first.steps(EnvStep.class).get(0);
    // All pairs of one ENV expand against the scope before it, as BuildKit does.
    assertThat(env.variables()).extracting(Variable::value).containsExactly("1", "", "2.0");
    RunStep run = first.steps(RunStep.class).get(0);
    assertThat(run.context().scope().get("A")).isEqualTo("2");
    assertThat(run.context().scope().get("VERSION")).isEqualTo("2.0");
    assertThat(run.context().scope().isDefined("ONLY_GLOBAL")).isFalse();
    Stage second = m.stages().get(1);
    assertThat(second.steps(RunStep.class).get(0).context().scope().isDefined("VERSION")).isFalse();
    assertThat(m.globalScope().get("ONLY_GLOBAL")).isEqualTo("g");
  }

  @Test
  void argDefaultsSeeEarlierNamesOfTheSameInstruction() {
    DockerfileModel m = model("""
        ARG A=1 B=${A}2
        FROM alpine
        ARG C=3 D=$C$C
        RUN true
        """);
    assertThat(m.globalScope().get("B")).isEqualTo("12");
    Scope scope = m.stages().get(0).steps(RunStep.class).get(0).context().scope();
    assertThat(scope.get("D")).isEqualTo("33");
  }

  @Test
  void childStageInheritsEnvUserWorkdirAndArgValues() {
    DockerfileModel m = model("""
        FROM python:3.11-slim AS base
        ARG SECRET_ARG=x
        ENV APP_HOME=/srv
        WORKDIR $APP_HOME
        USER app
        EXPOSE 8000
        FROM base
        RUN true
        """);
    Stage child = m.stages().get(1);
    StepContext ctx = child.steps(RunStep.class).get(0).context();
    assertThat(ctx.scope().get("APP_HOME")).isEqualTo("/srv");
    assertThat(ctx.scope().get("PYTHON_VERSION")).isEqualTo("3.11");
    // BuildKit: a child stage starts from the parent's build state, ARG values included
    // (testUnmatchedVars: FROM base; COPY $foo . with ARG foo in base expands and warns nothing).
    assertThat(ctx.scope().get("SECRET_ARG")).isEqualTo("x");
    assertThat(ctx.scope().env()).doesNotContainKey("SECRET_ARG");
    assertThat(ctx.workdir()).isEqualTo("/srv");
    assertThat(child.user()).map(UserSpec::user).contains("app");
    assertThat(child.exposedPorts()).extracting(p -> p.first().orElseThrow()).containsExactly(8000);
  }

  @Test
  void workdirUserExposeAndHealthcheck() {
    DockerfileModel m = model("""
        FROM python:3.12-slim
        WORKDIR app
        WORKDIR ../srv/./x
        USER 1000:1000
        EXPOSE 8000/tcp 53/UDP 7000-7002 bogus
        HEALTHCHECK --interval=5s CMD curl -f http://localhost:8000/ || exit 1
        CMD ["uvicorn", "main:app"]
        """);
    Stage s = m.finalStage().orElseThrow();
    assertThat(s.endContext().workdir()).isEqualTo("/srv/x");
    assertThat(s.user()).get().satisfies(u -> {
      assertThat(u.uid()).contains(1000);
      assertThat(u.isRoot()).isFalse();
    });
    assertThat(s.exposedPorts()).extracting(PortSpec::isValid).containsExactly(true, true, true, false);
    assertThat(s.exposedPorts().get(2).covers(7001)).isTrue();
    assertThat(s.exposedPorts().get(1).protocol()).isEqualTo("UDP");
    HealthcheckStep hc = s.healthcheck().orElseThrow();
    assertThat(hc.options()).containsEntry("interval", "5s");
    assertThat(hc.command()).get().isInstanceOf(CommandSpec.Shell.class);
    assertThat(s.cmd().orElseThrow().command().processArgs()).containsExactly("uvicorn", "main:app");
  }

  @Test
  void runScriptsMapCommandsBackToTheFile() {
    String text = """
        FROM debian:12
        RUN apt-get update \\
          # a comment inside the continuation
          && apt-get install -y curl
        """;
    DockerfileModel m = model(text);
    RunStep run = m.finalStage().orElseThrow().steps(RunStep.class).get(0);
    assertThat(run.commands("apt-get")).hasSize(2);
    RunStep.Command install = run.commands("apt-get").get(1);
    var range = install.range();
    assertThat(range.start().line()).isEqualTo(4);
    assertThat(range.text(text)).isEqualTo("apt-get install -y curl");
  }

  @Test
  void heredocRunIsTheScriptAndPythonHeredocIsData() {
    String text = """
        FROM python:3.12-slim
        RUN <<EOF
        set -e
        pip install flask
        EOF
        RUN python3 <<PY
        print("hi")
        PY
        RUN --mount=type=cache,target=/root/.cache/pip pip install x
        """;
    Stage s = model(text).finalStage().orElseThrow();
    RunStep first = s.steps(RunStep.class).get(0);
    assertThat(first.commands("pip")).hasSize(1);
    assertThat(first.commands("pip").get(0).range().text(text)).isEqualTo("pip install flask");
    assertThat(first.commands("pip").get(0).range().start().line()).isEqualTo(4);
    RunStep second = s.steps(RunStep.class).get(1);
    assertThat(second.dataHeredocs()).hasSize(1);
    assertThat(second.commands("print")).isEmpty();
    RunStep third = s.steps(RunStep.class).get(2);
    assertThat(third.mounts()).singleElement().satisfies(mt -> {
      assertThat(mt.isCache()).isTrue();
      assertThat(mt.target()).contains("/root/.cache/pip");
    });
    assertThat(third.cacheMounted("/root/.cache/pip/wheels")).isTrue();
  }

  @Test
  void execFormShellScriptsAndChompedHeredocsMapToTheirSource() {
    String text = "FROM debian\nRUN [\"sh\", \"-c\", \"echo \\\"x\\\" && apt-get install -y curl\"]\n"
        + "RUN <<-EOF\n\t\tapt-get update\n\tpip install flask\n\tEOF\n";
    Stage s = model(text).finalStage().orElseThrow();
    RunStep exec = s.steps(RunStep.class).get(0);
    assertThat(exec.commands("apt-get").get(0).range().text(text)).isEqualTo("apt-get install -y curl");
    RunStep heredoc = s.steps(RunStep.class).get(1);
    assertThat(heredoc.commands("apt-get").get(0).range().text(text)).isEqualTo("apt-get update");
    assertThat(heredoc.commands("pip").get(0).range().text(text)).isEqualTo("pip install flask");
    assertThat(heredoc.commands("pip").get(0).range().start().line()).isEqualTo(5);
  }

  @Test
  void execFormRunIsReadAsItsShellCommandLine() {
    String text = "FROM debian\nRUN [\"apt-get\", \"install\", \"-y\", \"curl\", \"it's here\"]\n";
    RunStep run = model(text).finalStage().orElseThrow().steps(RunStep.class).get(0);
    assertThat(run.scripts()).singleElement().satisfies(s -> {
      assertThat(s.fromExecForm()).isTrue();
      assertThat(s.text()).isEqualTo("apt-get install -y curl 'it'\\''s here'");
    });
    RunStep.Command c = run.commands("apt-get").get(0);
    assertThat(c.invocation().resolved().argValues()).containsExactly("install", "-y", "curl", "it's here");
    assertThat(c.range().start().column()).isEqualTo(7); // inside the quotes
    assertThat(c.range().text(text)).startsWith("apt-get");
  }

  @Test
  void shellInstructionChangesTheShellAndNonPosixShellsAreNotParsed() {
    Stage s = model("""
        FROM mcr.microsoft.com/windows/servercore
        SHELL ["powershell", "-Command"]
        RUN Get-ChildItem
        FROM debian
        SHELL ["/bin/bash", "-o", "pipefail", "-c"]
        RUN curl x | sh
        """).stages().get(0);
    assertThat(s.steps(RunStep.class).get(0).scripts()).isEmpty();
    Stage d = model("""
        FROM debian
        SHELL ["/bin/bash", "-o", "pipefail", "-c"]
        RUN curl x | sh
        """).stages().get(0);
    RunStep run = d.steps(RunStep.class).get(0);
    assertThat(run.context().shell()).containsExactly("/bin/bash", "-o", "pipefail", "-c");
    assertThat(run.commands("curl").get(0).invocation().options().pipefail()).isTrue();
  }

  @Test
  void copyResolvesDestinationAgainstWorkdirAndNamesSources() {
    Stage s = model("""
        FROM python:3.12-slim
        WORKDIR /app
        ARG SRC=src
        COPY --chown=app:app ${SRC} ./code/
        ADD ["a b.txt", "rel"]
        COPY --from=nginx:latest /etc/nginx /etc/nginx
        """).finalStage().orElseThrow();
    CopyStep copy = s.steps(CopyStep.class).get(0);
    assertThat(copy.sources()).containsExactly("src");
    assertThat(copy.resolvedDestination()).isEqualTo("/app/code");
    assertThat(copy.chown()).contains("app:app");
    CopyStep add = s.steps(CopyStep.class).get(1);
    assertThat(add.isAdd()).isTrue();
    assertThat(add.sources()).containsExactly("a b.txt");
    assertThat(add.resolvedDestination()).isEqualTo("/app/rel");
    CopyStep fromImage = s.steps(CopyStep.class).get(2);
    assertThat(fromImage.fromImage()).isTrue();
    assertThat(fromImage.fromStage()).isEqualTo(Optional.empty());
  }

  @Test
  void instructionsBeforeFromAreProblemsNotCrashes() {
    DockerfileModel m = model("RUN echo hi\nFROM scratch\n");
    assertThat(m.problems()).singleElement().asString().contains("before the first FROM");
    assertThat(m.finalStage().orElseThrow().facts().shell()).isEqualTo(dev.dockwright.model.image.Presence.ABSENT);
    assertThat(model("").stages()).isEmpty();
  }
}
