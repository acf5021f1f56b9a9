package dev.dockwright.convert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dockwright.model.DockerfileModel;
import dev.dockwright.model.RunStep;
import dev.dockwright.model.Stage;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code --to single-stage}: build stages folded into the final one, its image unchanged. */
class StageFolderTest {

  static Conversion fold(String text) {
    return Conversions.convert(text, ConvertOptions.to(Layout.SINGLE_STAGE));
  }

  @Test
  void initsTwoStagesBecomeOneWithTheSameImageSettings() throws Exception {
    String text = Files.readString(Path.of("src/test/resources/golden/pip-fastapi.generic.Dockerfile"));
    Conversion c = fold(text);
    Stage before = Conversions.model(text).finalStage().orElseThrow();
    DockerfileModel after = Conversions.model(c.text());
    assertThat(after.stages()).hasSize(1);
    Stage now = after.stages().get(0);
    assertThat(now.endContext().scope().env()).isEqualTo(before.endContext().scope().env());
    assertThat(now.user()).isEqualTo(before.user());
    assertThat(now.endContext().workdir()).isEqualTo("/app");
    assertThat(now.cmd().orElseThrow().command().processArgs())
        .isEqualTo(before.cmd().orElseThrow().command().processArgs());
    // The build stage runs first, from the base image's state; its ENV only in its RUNs.
    assertThat(c.text()).contains("FROM python:3.14-slim\n# Folded in from stage 'builder'")
        .contains("RUN export PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_ROOT_USER_ACTION=ignore \\\n"
            + " && python -m venv /opt/venv\n")
        .contains("RUN --mount=type=cache,target=/root/.cache/pip \\\n"
            + "    export PATH=\"/opt/venv/bin:$PATH\" \\\n")
        .doesNotContain("COPY --from").doesNotContain("AS builder")
        .doesNotContain("Runtime stage: the same base image"); // init's stale comment
    // The builder's comments travel with its instructions.
    assertThat(c.text()).contains("# Dependencies before the code: this layer is reused until a "
        + "requirements file changes. The cache\n# mount keeps pip's downloads out of the image.\n"
        + "COPY requirements.txt ./\n");
  }

  @Test
  void buildToolsAreInstalledUsedAndRemovedInOneRun() throws Exception {
    String text = Files.readString(Path.of("src/test/resources/convert/multi-build-tools.Dockerfile"));
    Conversion c = fold(text);
    Stage now = Conversions.model(c.text()).stages().get(0);
    RunStep merged = now.steps(RunStep.class).stream()
        .filter(r -> r.instruction().logicalLine().contains("purge")).findFirst().orElseThrow();
    String script = merged.scripts().get(0).text();
    assertThat(script.indexOf("build-essential libpq-dev"))
        .isLessThan(script.indexOf("pip install -r requirements.txt"))
        .isLessThan(script.indexOf("apt-get purge -y --auto-remove build-essential libpq-dev"));
    // pip saw the build stage's PATH (its venv) and no trailing comment swallowed the purge.
    assertThat(script).contains("(export PATH=/opt/venv/bin:$PATH PIP_NO_CACHE_DIR=1; pip install "
        + "-r requirements.txt)").doesNotContain("#");
    // The final stage's own libpq5 install comes after, so the library stays.
    assertThat(c.text().indexOf("libpq5")).isGreaterThan(c.text().indexOf("purge"));
    assertThat(c.text()).startsWith("# syntax=docker/dockerfile:1\n# Runtime: libpq only.\n"
        + "FROM python:3.11-slim AS runtime\n");
  }

  @Test
  void aPrefixInstallMovesWhereTheCopyPutIt() {
    Conversion c = fold("""
        FROM python:3.12-slim AS build
        WORKDIR /build
        COPY requirements.txt .
        RUN pip install --prefix=/install -r requirements.txt

        FROM python:3.12-slim
        COPY --from=build /install /usr/local
        COPY . /app
        CMD ["python", "/app/main.py"]
        """);
    assertThat(c.text()).contains("RUN pip install --prefix=/install -r requirements.txt \\\n"
        + " && cp -a /install/. /usr/local/ && rm -rf /install\nWORKDIR /\n");
    assertThat(Conversions.model(c.text()).stages().get(0).endContext().workdir()).isEqualTo("/");
  }

  @Test
  void stagesBuiltOnACommonBaseBecomeOneChain() {
    Conversion c = fold("""
        ARG PY=3.12
        FROM python:${PY}-slim AS base
        ENV PYTHONUNBUFFERED=1
        WORKDIR /app

        FROM base AS deps
        RUN python -m venv /venv
        COPY requirements.txt .
        RUN /venv/bin/pip install -r requirements.txt

        FROM base AS runtime
        COPY --from=deps /venv /venv
        COPY . .
        USER 1000
        CMD ["/venv/bin/python", "main.py"]
        """);
    assertThat(c.text()).isEqualTo("""
        ARG PY=3.12
        FROM python:${PY}-slim AS base
        ENV PYTHONUNBUFFERED=1
        WORKDIR /app

        # Folded in from stage 'deps' by dockwright convert: its ENV only reaches its own RUNs.
        RUN python -m venv /venv
        COPY requirements.txt .
        RUN /venv/bin/pip install -r requirements.txt
        COPY . .
        USER 1000
        CMD ["/venv/bin/python", "main.py"]
        """);
  }

  @Test
  void whenTheFinalStageWorksBeforeTheCopyTheBuildStepsRunAtTheCopyInTheirOwnState() {
    Conversion c = fold("""
        FROM python:3.12-slim AS builder
        RUN python -m venv /opt/venv
        ENV PATH=/opt/venv/bin:$PATH
        RUN pip install flask

        FROM python:3.12-slim
        ENV HOME=/home/user PYTHONUNBUFFERED=1
        RUN mkdir -p /data && chown 1000 /data
        COPY --from=builder /opt/venv /opt/venv
        ENV PATH=/opt/venv/bin:$PATH
        USER 1000
        CMD ["flask", "run"]
        """);
    // At the copy the final stage has set HOME: pip must not see it (its cache would land there).
    assertThat(c.text()).contains("RUN mkdir -p /data && chown 1000 /data\n"
        + "# Folded in from stage 'builder'")
        .contains("RUN unset HOME PYTHONUNBUFFERED \\\n && python -m venv /opt/venv\n")
        .contains("RUN export PATH=/opt/venv/bin:$PATH && unset HOME PYTHONUNBUFFERED \\\n"
            + " && pip install flask\n");
  }

  @Test
  void alreadyOneStageIsLeftAlone() {
    Conversion c = fold("FROM python:3.12-slim\nCMD [\"python\"]\n");
    assertThat(c.changed()).isFalse();
    assertThat(c.notes()).containsExactly("already one stage: nothing to fold");
  }

  @Test
  void refusesABuildStageOnAnotherBaseImage() {
    assertThatThrownBy(() -> fold("""
        FROM python:3.12 AS builder
        RUN python -m venv /opt/venv && /opt/venv/bin/pip install uvloop

        FROM python:3.12-slim
        COPY --from=builder /opt/venv /opt/venv
        """)).isInstanceOf(CannotConvert.class)
        .hasMessage("Dockerfile:1:1: cannot convert: FROM python:3.12 AS builder: the build stage "
            + "starts from python:3.12, the final image from python:3.12-slim: its steps would "
            + "run on another image (use the same base for both first)");
  }

  @Test
  void refusesAStageTheFinalImageDoesNotUse() {
    assertThatThrownBy(() -> fold("""
        FROM python:3.12-slim AS test
        RUN python -m pytest

        FROM python:3.12-slim
        CMD ["python"]
        """)).isInstanceOf(CannotConvert.class)
        .hasMessageContaining("Dockerfile:1:1: cannot convert: FROM python:3.12-slim AS test: "
            + "stage 'test' is not used by the final image");
  }

  @Test
  void aCopyWithChownOwnsTheFilesInTheLastRunOnceTheUserExists() {
    Conversion c = fold("""
        FROM python:3.12-slim AS builder
        RUN python -m venv /opt/venv
        RUN /opt/venv/bin/pip install flask

        FROM python:3.12-slim
        RUN useradd --create-home app
        USER app
        COPY --from=builder --chown=app:app /opt/venv /opt/venv
        CMD ["/opt/venv/bin/flask", "run"]
        """);
    assertThat(c.text()).isEqualTo("""
        FROM python:3.12-slim
        RUN useradd --create-home app
        USER app
        # Folded in from stage 'builder' by dockwright convert: its ENV only reaches its own RUNs.
        USER root
        RUN python -m venv /opt/venv
        RUN /opt/venv/bin/pip install flask \\
         && chown -R app:app /opt/venv
        USER app
        CMD ["/opt/venv/bin/flask", "run"]
        """);
  }

  @Test
  void refusesAChownToAUserTheFileNeverCreates() {
    assertThatThrownBy(() -> fold("""
        FROM python:3.12-slim AS builder
        RUN python -m venv /opt/venv

        FROM python:3.12-slim
        COPY --from=builder --chown=kserve:kserve /opt/venv /opt/venv
        """)).isInstanceOf(CannotConvert.class)
        .hasMessageContaining("Dockerfile:5:1")
        .hasMessageContaining("--chown names user kserve, whom this file does not create");
  }

  @Test
  void refusesCopiesItCannotPlace() {
    assertThatThrownBy(() -> fold("""
        FROM python:3.12-slim AS builder
        RUN pip wheel -w /wheels flask

        FROM python:3.12-slim
        COPY --from=builder /wheels/*.whl /tmp/
        """)).isInstanceOf(CannotConvert.class).hasMessageContaining("wildcards");
    assertThatThrownBy(() -> fold("""
        FROM python:3.12-slim AS builder
        RUN ./build.sh

        FROM python:3.12-slim
        COPY --from=builder /out /app
        """)).isInstanceOf(CannotConvert.class)
        .hasMessageContaining("/out is not a directory the build stage is known to create");
  }

  @Test
  void refusesMountsFromAStage() {
    assertThatThrownBy(() -> fold("""
        FROM python:3.12-slim AS wheels
        RUN pip wheel -w /wheels flask

        FROM python:3.12-slim
        RUN --mount=from=wheels,source=/wheels,target=/wheels pip install /wheels/*
        """)).isInstanceOf(CannotConvert.class)
        .hasMessageContaining("Dockerfile:5:1")
        .hasMessageContaining("mounts files from stage 'wheels'");
  }

  @Test
  void refusesAVolumeInABuildStage() {
    assertThatThrownBy(() -> fold("""
        FROM python:3.12-slim AS builder
        VOLUME /cache
        RUN python -m venv /opt/venv

        FROM python:3.12-slim
        COPY --from=builder /opt/venv /opt/venv
        """)).isInstanceOf(CannotConvert.class)
        .hasMessageContaining("Dockerfile:2:1").hasMessageContaining("VOLUME in a build stage");
  }
}
