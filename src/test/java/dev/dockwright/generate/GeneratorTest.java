package dev.dockwright.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.dockwright.python.Project;
import dev.dockwright.python.ProjectDetector;
import dev.dockwright.python.ServiceLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

class GeneratorTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden");
  private static final Path FIXTURES = GeneratedDockerfiles.FIXTURES;

  /**
   * Whole generated Dockerfiles compared with reviewed copies. After an intended change, run with
   * {@code -Ddockwright.updateGolden=true} and review the diff of src/test/resources/golden.
   */
  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
      "pip-fastapi, GENERIC, false",
      "uv-fastapi, GENERIC, false",
      "poetry-flask, GENERIC, false",
      "pdm-starlette, GENERIC, false",
      "pipenv-flask, GENERIC, false",
      "django-site, HF_SPACES, false",
      "e2e-stdlib, CLOUD_RUN, false",
      "e2e-pyproject, PORT_8080, false",
      "streamlit-app, CLOUD_RUN, false",
      "uv-fastapi, GENERIC, true",
  })
  void matchesTheReviewedGoldenFile(String fixture, Target target, boolean single)
      throws IOException {
    String actual = GeneratedDockerfiles.dockerfile(fixture, target, single);
    Path golden = GOLDEN.resolve(fixture + "." + target.id() + (single ? ".single" : "")
        + ".Dockerfile");
    if (Boolean.getBoolean("dockwright.updateGolden")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, actual);
    }
    assertThat(golden).exists();
    assertThat(actual).isEqualTo(Files.readString(golden));
  }

  @Test
  void installsWithEachToolBehindCacheMounts() {
    assertThat(GeneratedDockerfiles.dockerfile("uv-fastapi", Target.GENERIC, false))
        .contains("uv sync --locked --no-install-project --no-dev")
        .contains("--mount=type=bind,source=uv.lock,target=uv.lock")
        .contains("--mount=type=cache,target=/root/.cache/uv")
        .contains("COPY --from=" + ToolVersions.UV_IMAGE + " /uv /uvx /bin/")
        .doesNotContain("uv sync --locked --no-dev --no-editable"); // an app: not installed
    assertThat(GeneratedDockerfiles.dockerfile("uv-fastapi", Target.GENERIC, true))
        .contains("--mount=from=" + ToolVersions.UV_IMAGE + ",source=/uv,target=/bin/uv");
    assertThat(GeneratedDockerfiles.dockerfile("poetry-flask", Target.GENERIC, false))
        .contains("pip install " + ToolVersions.POETRY)
        .contains("COPY pyproject.toml poetry.lock ./")
        .contains("poetry install --only main --no-root");
    assertThat(GeneratedDockerfiles.dockerfile("pdm-starlette", Target.GENERIC, false))
        .contains("pdm export --prod --output /tmp/requirements.txt");
    assertThat(GeneratedDockerfiles.dockerfile("pipenv-flask", Target.GENERIC, false))
        .contains("pipenv requirements > /tmp/requirements.txt")
        .contains("pip install " + ToolVersions.GUNICORN); // Flask without gunicorn
    assertThat(GeneratedDockerfiles.dockerfile("pip-fastapi-gunicorn", Target.GENERIC, false))
        .contains("COPY requirements.txt ./\nCOPY requirements/base.txt "
            + "requirements/constraints.txt requirements/\n")
        .contains("--worker-class\", \"uvicorn_worker.UvicornWorker\"");
    assertThat(GeneratedDockerfiles.dockerfile("pep621-src", Target.GENERIC, false))
        .contains("tomllib.load(open('pyproject.toml', 'rb'))['project']['dependencies']")
        .contains("WORKDIR /app/src");
    assertThat(GeneratedDockerfiles.dockerfile("console-script", Target.GENERIC, false))
        .contains("pip install --no-deps .");
    assertThat(GeneratedDockerfiles.dockerfile("editable-self", Target.GENERIC, false))
        .contains("COPY . .\n# dockwright ignore=DW1006 # the dependencies need the source, as"
            + " said above\nRUN --mount=type=cache,target=/root/.cache/pip \\\n"
            + "    pip install -r requirements.txt");
    assertThat(GeneratedDockerfiles.dockerfile("django-site", Target.GENERIC, false))
        .contains("RUN python manage.py collectstatic --noinput");
  }

  @Test
  void asgiServersFollowTheDependencies() {
    assertThat(GeneratedDockerfiles.generate("quart-app", Target.GENERIC, false).plans().get(0)
        .command()).containsExactly("hypercorn", "app:app", "--bind", "0.0.0.0:8000");
    ServicePlan fasthtml = GeneratedDockerfiles.generate("fasthtml-app", Target.GENERIC, false)
        .plans().get(0);
    assertThat(fasthtml.command()).containsExactly("uvicorn", "main:app", "--host", "0.0.0.0",
        "--port", "5001");
    assertThat(fasthtml.extraPackages()).containsExactly(ToolVersions.UVICORN);
  }

  @Test
  void aProjectWithNothingToInstallGetsOneStage() {
    Generation g = GeneratedDockerfiles.generate("e2e-stdlib", Target.GENERIC, false);
    assertThat(g.plans().get(0).multiStage()).isFalse();
    assertThat(g.notes()).anyMatch(n -> n.contains("one stage is enough"));
    assertThat(GeneratedDockerfiles.file(g, "Dockerfile")).doesNotContain("AS builder");
  }

  @Test
  void cloudRunKeepsTheServerAsPid1() {
    ServicePlan uvicorn = GeneratedDockerfiles.generate("pip-fastapi", Target.CLOUD_RUN, false)
        .plans().get(0);
    assertThat(uvicorn.command()).containsExactly("sh", "-c",
        "exec uvicorn app.main:app --host 0.0.0.0 --port \"$PORT\"");
    assertThat(uvicorn.commandNote()).anyMatch(n -> n.contains("PID 1"));
    ServicePlan gradio = GeneratedDockerfiles.generate("gradio-app", Target.CLOUD_RUN, false)
        .plans().get(0);
    assertThat(gradio.command()).containsExactly("sh", "-c",
        "export GRADIO_SERVER_PORT=\"$PORT\"; exec python app.py");
    ServicePlan stdlib = GeneratedDockerfiles.generate("e2e-stdlib", Target.CLOUD_RUN, false)
        .plans().get(0);
    assertThat(stdlib.command()).containsExactly("python", "server.py"); // reads $PORT itself
    assertThat(stdlib.env()).containsEntry("PORT", "8080");
  }

  @Test
  void spacesPrintTheFrontMatterToAdd() {
    Generation g = GeneratedDockerfiles.generate("pip-fastapi", Target.HF_SPACES, false);
    assertThat(g.notes()).anyMatch(n -> n.contains("---\ntitle: pip-fastapi\nsdk: docker\n"
        + "app_port: 7860\n---"));
    // gradio-app's README already has it (with app_port 7861, used as the port).
    Generation ok = GeneratedDockerfiles.generate("gradio-app", Target.HF_SPACES, false);
    assertThat(ok.notes()).noneMatch(n -> n.contains("sdk: docker"));
    assertThat(ok.plans().get(0).port()).isEqualTo(7861);
  }

  @Test
  void port8080TargetInsistsOnHealth() {
    Generation g = GeneratedDockerfiles.generate("pip-fastapi", Target.PORT_8080, false);
    assertThat(g.plans().get(0).health().path()).isEqualTo("/health");
    assertThat(g.notes()).anyMatch(n -> n.contains("requires GET /health")
        && n.contains("/healthz"));
  }

  @Test
  void dockerignoreKeepsSecretsOutAndBuildInputsIn() {
    Generation g = GeneratedDockerfiles.generate("pip-fastapi-gunicorn", Target.GENERIC, false);
    String ignore = GeneratedDockerfiles.file(g, ".dockerignore");
    assertThat(ignore.lines()).contains(".env", ".git", ".venv", "**/__pycache__", "tests",
        "*.pem", "Dockerfile*");
    assertThat(ignore).doesNotContain("requirements", "pyproject", "README");
  }

  @Test
  void severalServicesShareOneComposeFileWithHealthyDependencies(@TempDir Path tmp)
      throws Exception {
    Path repo = FIXTURES.resolve("e2e-multi");
    List<Path> dirs = ServiceLayout.find(repo);
    assertThat(dirs).extracting(p -> p.getFileName().toString()).containsExactly("api", "web");
    List<Project> projects = new ArrayList<>();
    dirs.forEach(d -> projects.add(ProjectDetector.detect(d)));
    Generation g = Generator.services(repo, projects, InitOptions.defaults().withScripts(true));
    assertThat(g.files()).extracting(GeneratedFile::path).containsExactly("api/Dockerfile",
        "api/.dockerignore", "web/Dockerfile", "web/.dockerignore", "compose.yaml",
        ScriptsRenderer.BUILD, ScriptsRenderer.RUN);
    String compose = GeneratedDockerfiles.file(g, "compose.yaml");
    Map<?, ?> doc = (Map<?, ?>) new Load(LoadSettings.builder().build()).loadFromString(compose);
    Map<?, ?> services = (Map<?, ?>) doc.get("services");
    assertThat(new ArrayList<Object>(services.keySet())).containsExactly("api", "web");
    Map<?, ?> web = (Map<?, ?>) services.get("web");
    assertThat((Object) web.get("depends_on")).isEqualTo(
        Map.of("api", Map.of("condition", "service_healthy")));
    assertThat((Object) ((Map<?, ?>) web.get("build")).get("context")).isEqualTo("./web");
    assertThat((Object) web.get("image")).isEqualTo("${REGISTRY:-localhost}/web:${VERSION:-dev}");
    assertThat(((Map<?, ?>) services.get("api")).containsKey("depends_on")).isFalse();
    assertThat(g.notes()).anyMatch(n -> n.startsWith("web depends on api"));

    String build = GeneratedDockerfiles.file(g, ScriptsRenderer.BUILD);
    assertThat(build).contains("REGISTRY=\"${REGISTRY:-localhost}\"")
        .contains("VERSION=\"${VERSION:-").contains("build api ./api \"$@\"")
        .contains("build web ./web \"$@\"");
    String run = GeneratedDockerfiles.file(g, ScriptsRenderer.RUN);
    assertThat(run).contains("compose up --detach").contains("for service in api web; do")
        .contains("{{.State.Health.Status}}");
    shellcheck(tmp, build, run);
  }

  /** Runs shellcheck on the scripts when it is installed (required in CI). */
  private static void shellcheck(Path tmp, String... scripts) throws Exception {
    boolean present = Files.isExecutable(Path.of("/usr/bin/shellcheck"));
    if (!present && "1".equals(System.getenv("DOCKWRIGHT_REQUIRE_SHELLCHECK"))) {
      throw new AssertionError("shellcheck is required (DOCKWRIGHT_REQUIRE_SHELLCHECK=1)");
    }
    assumeTrue(present, "shellcheck not installed");
    List<String> cmd = new ArrayList<>(List.of("/usr/bin/shellcheck", "--shell=sh"));
    for (int i = 0; i < scripts.length; i++) {
      Path f = tmp.resolve("script" + i + ".sh");
      Files.writeString(f, scripts[i]);
      cmd.add(f.toString());
    }
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    assertThat(p.waitFor()).as(out).isZero();
  }
}
