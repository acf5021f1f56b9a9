package dev.dockwright.convert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dockwright.model.CopyStep;
import dev.dockwright.model.DockerfileModel;
import dev.dockwright.model.Stage;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code --to multi-stage}: a builder with the installs, a slim runtime that copies the venv. */
class StageSplitterTest {

  static Conversion split(String text) {
    return Conversions.convert(text, ConvertOptions.to(Layout.MULTI_STAGE));
  }

  @Test
  void theBuilderInstallsIntoAVenvAndTheSlimRuntimeCopiesItWithoutCompilers() throws Exception {
    String text = Files.readString(Path.of("src/test/resources/convert/single-apt-pip.Dockerfile"));
    Conversion c = split(text);
    DockerfileModel m = Conversions.model(c.text());
    assertThat(m.stages()).hasSize(2);
    Stage builder = m.stages().get(0);
    Stage runtime = m.stages().get(1);
    assertThat(builder.name()).contains("builder");
    assertThat(builder.baseText()).isEqualTo("python:3.11");
    assertThat(runtime.baseText()).isEqualTo("python:3.11-slim"); // same minor, slim
    // The builder repeats the system packages (compiler included) and installs into the venv.
    String builderText = c.text().substring(0, c.text().indexOf("FROM python:3.11-slim"));
    assertThat(builderText).contains("      gcc \\\n      libpq-dev \\\n")
        .contains("RUN python -m venv /opt/venv\nENV VIRTUAL_ENV=/opt/venv \\\n"
            + "    PATH=\"/opt/venv/bin:$PATH\"\n")
        .contains("# Dependencies first, for the layer cache.\nCOPY requirements.txt .\n"
            + "RUN pip install -r requirements.txt\n");
    // The runtime keeps libpq-dev (it brings libpq) but not gcc, and has no pip install.
    String runtimeText = c.text().substring(c.text().indexOf("FROM python:3.11-slim"));
    assertThat(runtimeText).contains("      libpq-dev \\\n && rm -rf").doesNotContain("gcc")
        .doesNotContain("pip install")
        .contains("COPY --from=builder /opt/venv /opt/venv\nENV PATH=\"/opt/venv/bin:$PATH\"\n");
    assertThat(runtime.steps(CopyStep.class)).anyMatch(cp -> cp.fromStage().orElse(null) == builder);
    assertThat(runtime.user().orElseThrow().uid()).contains(10001);
    assertThat(runtime.endContext().scope().env().get("PATH")).startsWith("/opt/venv/bin:");
    assertThat(c.notes()).anyMatch(n -> n.contains("gcc"));
  }

  @Test
  void aVirtualenvTheFileAlreadyMakesIsTheOneCopied() {
    Conversion c = split("""
        FROM python:3.12-slim
        RUN python -m venv /venv
        ENV PATH=/venv/bin:$PATH
        COPY requirements.txt .
        RUN pip install -r requirements.txt
        USER 1000
        CMD ["python", "-m", "app"]
        """);
    assertThat(c.text()).contains("COPY --from=builder /venv /venv\n")
        .doesNotContain("/opt/venv");
    String runtime = c.text().substring(c.text().lastIndexOf("FROM "));
    assertThat(runtime).doesNotContain("python -m venv").contains("ENV PATH=/venv/bin:$PATH")
        .contains("USER 1000\n");
  }

  @Test
  void aRunThatOnlyInstalledBuildToolsLeavesTheRuntime() {
    Conversion c = split("""
        FROM python:3.12-slim
        # Compilers for the wheels.
        RUN apt-get update && apt-get install -y --no-install-recommends build-essential \\
         && rm -rf /var/lib/apt/lists/*
        COPY requirements.txt .
        RUN pip install --no-cache-dir -r requirements.txt
        CMD ["python", "app.py"]
        """);
    String runtime = c.text().substring(c.text().lastIndexOf("FROM "));
    assertThat(runtime).doesNotContain("apt-get").doesNotContain("# Compilers");
    assertThat(c.text().substring(0, c.text().lastIndexOf("FROM ")))
        .contains("# Compilers for the wheels.\nRUN apt-get update");
  }

  @Test
  void theRuntimeKeepsTheFullImageWhenItCallsCurl() {
    Conversion c = split("""
        FROM python:3.12
        COPY requirements.txt .
        RUN pip install -r requirements.txt
        HEALTHCHECK CMD curl -f http://localhost:8000/ || exit 1
        CMD ["python", "app.py"]
        """);
    assertThat(c.text()).doesNotContain("slim");
    assertThat(c.notes()).anyMatch(n -> n.contains("runs curl"));
  }

  @Test
  void pythonBesidePipPreparesTheInstallAndMovesWithIt() {
    Conversion c = split("""
        FROM python:3.12-slim
        COPY pyproject.toml .
        RUN python -c "import tomllib; print('\\\\n'.join(tomllib.load(open('pyproject.toml', 'rb'))['project']['dependencies']))" > /tmp/r.txt \\
            && pip install -r /tmp/r.txt
        CMD ["python", "app.py"]
        """);
    assertThat(c.text().substring(c.text().lastIndexOf("FROM "))).doesNotContain("tomllib");
  }

  @Test
  void alreadyMultiStageIsLeftAlone() throws Exception {
    String text = Files.readString(Path.of("src/test/resources/convert/multi-build-tools.Dockerfile"));
    Conversion c = split(text);
    assertThat(c.changed()).isFalse();
    assertThat(c.notes()).containsExactly("already 2 stages: nothing to split");
  }

  @Test
  void refusesWhenNothingIsInstalledWithPip() {
    assertThatThrownBy(() -> split("""
        FROM python:3.12-slim
        COPY server.py .
        CMD ["python", "server.py"]
        """)).isInstanceOf(CannotConvert.class)
        .hasMessage("Dockerfile: cannot convert: nothing to split: no RUN installs Python packages"
            + " with pip, so a builder stage would have nothing to build");
  }

  @Test
  void refusesInstallersItDoesNotSplitYet() {
    assertThatThrownBy(() -> split("""
        FROM python:3.12-slim
        RUN pip install poetry==2.1.0
        COPY pyproject.toml poetry.lock ./
        RUN poetry install --only main
        """)).isInstanceOf(CannotConvert.class)
        .hasMessage("Dockerfile:4:1: cannot convert: RUN poetry install --only main: poetry "
            + "installs are not split yet (pip is); write the builder by hand or use 'dockwright "
            + "init'");
  }

  @Test
  void refusesPipUserInstallsOutsideAVirtualenv() {
    assertThatThrownBy(() -> split("""
        FROM python:3.12-slim
        RUN pip install --user -r requirements.txt
        """)).isInstanceOf(CannotConvert.class)
        .hasMessageContaining("Dockerfile:2:1: cannot convert: RUN pip install --user")
        .hasMessageContaining("--user");
  }

  @Test
  void refusesPipSharingARunWithARuntimeStep() {
    assertThatThrownBy(() -> split("""
        FROM python:3.12-slim
        COPY . .
        RUN pip install -r requirements.txt && python manage.py collectstatic --noinput \\
            && chmod -R a+r /app
        """)).isInstanceOf(CannotConvert.class)
        .hasMessageContaining("Dockerfile:3:1")
        .hasMessageContaining("pip shares this RUN with chmod");
  }

  @Test
  void refusesARunBetweenInstallsThatMayUseTheFirst() {
    assertThatThrownBy(() -> split("""
        FROM python:3.12-slim
        RUN pip install nltk
        RUN python -m nltk.downloader punkt
        RUN pip install .
        """)).isInstanceOf(CannotConvert.class)
        .hasMessageContaining("Dockerfile:3:1")
        .hasMessageContaining("between pip installs");
  }

  @Test
  void refusesPipRunningAsANonRootUser() {
    assertThatThrownBy(() -> split("""
        FROM python:3.12-slim
        USER 1000
        RUN pip install flask
        """)).isInstanceOf(CannotConvert.class)
        .hasMessageContaining("Dockerfile:3:1")
        .hasMessageContaining("as user 1000");
  }

  @Test
  void refusesACommandThatRunsThePythonOfTheImageByPath() {
    assertThatThrownBy(() -> split("""
        FROM python:3.12-slim
        RUN pip install flask
        CMD ["/usr/local/bin/python", "-m", "flask", "run"]
        """)).isInstanceOf(CannotConvert.class)
        .hasMessageContaining("Dockerfile:3:1")
        .hasMessageContaining("by its path");
  }
}
