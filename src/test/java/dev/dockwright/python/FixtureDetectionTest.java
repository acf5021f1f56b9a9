package dev.dockwright.python;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dockwright.io.UserException;
import dev.dockwright.python.Entrypoint.Kind;
import dev.dockwright.testsupport.FixtureProjects;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every fixture project with the detection it must produce. */
class FixtureDetectionTest {
  static final Path FIXTURES = FixtureProjects.ROOT;

  record Expect(String fixture, PackageManager manager, String python, Framework framework,
      Kind kind, String target, String importRoot, int port, String health, boolean strict,
      String lock) {}

  static Stream<Arguments> expectations() {
    return Stream.of(
        new Expect("pip-fastapi", PackageManager.PIP, "3.14", Framework.FASTAPI, Kind.ASGI_APP,
            "app.main:app", "", 8000, "/healthz", true, null),
        new Expect("pip-fastapi-gunicorn", PackageManager.PIP, "3.12", Framework.FASTAPI,
            Kind.ASGI_APP, "main:api", "", 8000, "/health", true, "requirements.txt"),
        new Expect("pep621-src", PackageManager.PIP, "3.12", Framework.FASTAPI, Kind.ASGI_APP,
            "inventory.main:app", "src", 8081, "/api/health", true, null),
        new Expect("uv-fastapi", PackageManager.UV, "3.13", Framework.FASTAPI, Kind.ASGI_APP,
            "main:app", "", 8000, "/", false, "uv.lock"),
        new Expect("poetry-flask", PackageManager.POETRY, "3.12", Framework.FLASK, Kind.WSGI_APP,
            "wsgi:app", "", 8000, "/ping", true, "poetry.lock"),
        new Expect("pdm-starlette", PackageManager.PDM, "3.14", Framework.STARLETTE,
            Kind.ASGI_APP, "events.app:app", "", 8000, "/health", true, "pdm.lock"),
        new Expect("hatch-mcp", PackageManager.HATCH, "3.14", Framework.MCP, Kind.PYTHON_SCRIPT,
            "server.py", "", 8000, "/mcp", false, null),
        new Expect("pipenv-flask", PackageManager.PIPENV, "3.11", Framework.FLASK,
            Kind.WSGI_APP, "app:application", "", 8000, "/status", true, "Pipfile.lock"),
        new Expect("setuppy-plain", PackageManager.PIP, "3.11", Framework.PLAIN,
            Kind.PYTHON_SCRIPT, "server.py", "", 9000, "/ping", true, null),
        new Expect("django-site", PackageManager.PIP, "3.11", Framework.DJANGO, Kind.WSGI_APP,
            "mysite.wsgi:application", "", 8000, "/healthz/", true, null),
        new Expect("streamlit-app", PackageManager.PIP, "3.14", Framework.STREAMLIT,
            Kind.STREAMLIT_SCRIPT, "streamlit_app.py", "", 8501, "/_stcore/health", true, null),
        new Expect("gradio-app", PackageManager.PIP, "3.14", Framework.GRADIO,
            Kind.PYTHON_SCRIPT, "app.py", "", 7861, "/", false, null),
        new Expect("fastmcp-server", PackageManager.PIP, "3.14", Framework.FASTMCP,
            Kind.FASTMCP_SERVER, "server.py:mcp", "", 8000, "/health", true, null),
        new Expect("console-script", PackageManager.PIP, "3.12", Framework.CONSOLE_SCRIPT,
            Kind.CONSOLE_SCRIPT, "pinger", "", 8090, "/health", true, null),
        new Expect("procfile-app", PackageManager.PIP, "3.14", Framework.FLASK, Kind.WSGI_APP,
            "web.wsgi:app", "src", 5000, "/", false, null),
        new Expect("editable-self", PackageManager.PIP, "3.11", Framework.FLASK, Kind.WSGI_APP,
            "tasks.web:server", "", 8000, "/", false, null),
        new Expect("e2e-stdlib", PackageManager.PIP, "3.11", Framework.PLAIN,
            Kind.PYTHON_SCRIPT, "server.py", "", 8000, "/health", true, null),
        new Expect("e2e-pyproject", PackageManager.PIP, "3.11", Framework.CONSOLE_SCRIPT,
            Kind.CONSOLE_SCRIPT, "e2e-hello", "", 8080, "/health", true, null),
        new Expect("worker-plain", PackageManager.PIP, "3.11", Framework.PLAIN,
            Kind.PYTHON_SCRIPT, "worker.py", "", 8000, "/", false, null),
        new Expect("fasthtml-app", PackageManager.PIP, "3.14", Framework.FASTHTML,
            Kind.ASGI_APP, "main:app", "", 5001, "/", false, null),
        new Expect("quart-app", PackageManager.PIP, "3.14", Framework.QUART, Kind.ASGI_APP,
            "app:app", "", 8000, "/healthz", true, null)
    ).map(e -> Arguments.of(e.fixture(), e));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("expectations")
  void detectsEveryAnswer(String fixture, Expect e) {
    Project p = ProjectDetector.detect(FIXTURES.resolve(fixture));
    assertThat(p.dependencies().value().manager()).as("manager").isEqualTo(e.manager());
    assertThat(p.dependencies().value().lockFile()).as("lock").isEqualTo(e.lock());
    assertThat(p.python().value()).as("python").isEqualTo(e.python());
    assertThat(p.framework().value()).as("framework").isEqualTo(e.framework());
    Entrypoint entry = p.entrypoint().value();
    assertThat(entry.kind()).as("entry kind").isEqualTo(e.kind());
    assertThat(entry.target()).as("entry").isEqualTo(e.target());
    assertThat(entry.importRoot()).as("import root").isEqualTo(e.importRoot());
    assertThat(p.port().value()).as("port").isEqualTo(e.port());
    assertThat(p.health().value().path()).as("health").isEqualTo(e.health());
    assertThat(p.health().value().strict()).as("strict health").isEqualTo(e.strict());
    // Every answer names where it came from.
    for (Detected<?> d : java.util.List.of(p.dependencies(), p.python(), p.framework(),
        p.entrypoint(), p.port(), p.health())) {
      assertThat(d.source()).isNotBlank();
      assertThat(d.reason()).isNotBlank();
    }
  }

  @Test
  void confidenceSaysWhatWasReadAndWhatWasGuessed() {
    Project fastapi = ProjectDetector.detect(FIXTURES.resolve("pip-fastapi"));
    assertThat(fastapi.framework().confidence()).isEqualTo(Confidence.HIGH);
    assertThat(fastapi.framework().source()).isEqualTo("app/main.py:4");
    assertThat(fastapi.python().confidence()).isEqualTo(Confidence.LOW);
    assertThat(fastapi.port().confidence()).isEqualTo(Confidence.LOW);
    assertThat(fastapi.health().source()).isEqualTo("app/main.py:7");

    Project pep = ProjectDetector.detect(FIXTURES.resolve("pep621-src"));
    assertThat(pep.python().reason()).contains("newest CPython minor matching")
        .contains(">=3.10,<3.13");
    assertThat(pep.port().source()).isEqualTo("src/inventory/main.py:18");
    assertThat(pep.portEnvVar()).isEqualTo("PORT");
    assertThat(pep.health().confidence()).isEqualTo(Confidence.MEDIUM);
    assertThat(pep.name()).isEqualTo("inventory-service");
  }

  @Test
  void testAppsAreNotServices() {
    // pip-fastapi/tests/test_main.py also says `app = FastAPI()`.
    Project p = ProjectDetector.detect(FIXTURES.resolve("pip-fastapi"));
    assertThat(p.entrypoint().reason()).doesNotContain("tests/");
  }

  @Test
  void dependencyDetailsFollowIncludesAndExtras() {
    Dependencies gun = ProjectDetector.detect(FIXTURES.resolve("pip-fastapi-gunicorn"))
        .dependencies().value();
    assertThat(gun.manifests()).containsExactly("requirements.txt", "requirements/base.txt",
        "requirements/constraints.txt");
    assertThat(gun.names()).contains("fastapi", "uvicorn", "gunicorn", "uvicorn-worker");
    Dependencies uv = ProjectDetector.detect(FIXTURES.resolve("uv-fastapi")).dependencies()
        .value();
    assertThat(uv.has("uvicorn")).as("fastapi[standard] brings uvicorn").isTrue();
    assertThat(uv.installsProject()).as("no build-system: not a package").isFalse();
    Dependencies self = ProjectDetector.detect(FIXTURES.resolve("editable-self"))
        .dependencies().value();
    assertThat(self.needsSourceForDeps()).isTrue();
    Dependencies poetry = ProjectDetector.detect(FIXTURES.resolve("poetry-flask"))
        .dependencies().value();
    assertThat(poetry.names()).containsExactlyInAnyOrder("flask", "gunicorn");
    assertThat(poetry.installsProject()).as("package-mode = false").isFalse();
    Dependencies django = ProjectDetector.detect(FIXTURES.resolve("django-site")).dependencies()
        .value();
    assertThat(django.names()).contains("django", "gunicorn", "whitenoise");
  }

  @Test
  void workersAreNotMistakenForWebServices() {
    Project worker = ProjectDetector.detect(FIXTURES.resolve("worker-plain"));
    assertThat(worker.servesHttp().value()).isFalse();
    assertThat(worker.servesHttp().reason()).contains("worker.py starts no server");
    assertThat(worker.notes()).anyMatch(n -> n.contains("as a worker"));
    for (String web : java.util.List.of("e2e-stdlib", "setuppy-plain", "console-script",
        "pip-fastapi")) {
      assertThat(ProjectDetector.detect(FIXTURES.resolve(web)).servesHttp().value())
          .as(web).isTrue();
    }
  }

  @Test
  void djangoSettingsAreRead() {
    Project p = ProjectDetector.detect(FIXTURES.resolve("django-site"));
    assertThat(p.django().wsgiApplication()).isEqualTo("mysite.wsgi.application");
    assertThat(p.django().staticRoot()).isTrue();
    assertThat(p.django().file()).isEqualTo("mysite/settings.py");
  }

  @Test
  void spacesFrontMatterIsRead() {
    Project p = ProjectDetector.detect(FIXTURES.resolve("gradio-app"));
    assertThat(p.spaces()).isEqualTo(new SpacesReadme(true, "docker", 7861));
  }

  @Test
  void flagsOverrideAnyAnswer() {
    Project p = ProjectDetector.detect(FIXTURES.resolve("pip-fastapi"), new Overrides("3.11",
        null, "app.main:app", 9000, "/ready", PackageManager.PIP));
    assertThat(p.python()).isEqualTo(Detected.fromUser("3.11", "--python"));
    assertThat(p.port().value()).isEqualTo(9000);
    assertThat(p.port().source()).isEqualTo("--port");
    assertThat(p.health().value()).isEqualTo(HealthCheck.strict("/ready"));
    Project flask = ProjectDetector.detect(FIXTURES.resolve("pip-fastapi"),
        Overrides.NONE.withFramework(Framework.FLASK));
    assertThat(flask.entrypoint().value().kind()).isEqualTo(Kind.WSGI_APP);
    assertThat(flask.entrypoint().value().target()).isEqualTo("app.main:app");
    Project script = ProjectDetector.detect(FIXTURES.resolve("pip-fastapi"),
        Overrides.NONE.withFramework(Framework.STREAMLIT).withApp("ui.py"));
    assertThat(script.entrypoint().value()).isEqualTo(Entrypoint.of(Kind.STREAMLIT_SCRIPT,
        "ui.py", ""));
  }

  @Test
  void badInputIsAUserError() {
    assertThatThrownBy(() -> ProjectDetector.detect(FIXTURES.resolve("not-python")))
        .isInstanceOf(UserException.class).hasMessageContaining("no Python project found");
    assertThatThrownBy(() -> ProjectDetector.detect(FIXTURES.resolve("nope")))
        .isInstanceOf(UserException.class).hasMessageEndingWith("not a directory");
    assertThatThrownBy(() -> ProjectDetector.detect(FIXTURES.resolve("pip-fastapi"),
        Overrides.NONE.withPython("3.8")))
        .isInstanceOf(UserException.class).hasMessageContaining("unknown minor");
    assertThatThrownBy(() -> ProjectDetector.detect(FIXTURES.resolve("pip-fastapi"),
        Overrides.NONE.withApp("main.py")))
        .isInstanceOf(UserException.class).hasMessageContaining("module:object");
  }
}
