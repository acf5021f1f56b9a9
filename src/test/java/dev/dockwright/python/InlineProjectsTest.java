package dev.dockwright.python;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.generate.Generator;
import dev.dockwright.generate.InitOptions;
import dev.dockwright.generate.ServicePlan;
import dev.dockwright.python.Entrypoint.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Smaller detection cases, each a project written on the spot. */
class InlineProjectsTest {
  @TempDir Path dir;

  private Project project(Map<String, String> files) throws IOException {
    for (var e : files.entrySet()) {
      Path p = dir.resolve(e.getKey());
      Files.createDirectories(p.getParent());
      Files.writeString(p, e.getValue());
    }
    return ProjectDetector.detect(dir);
  }

  private static ServicePlan plan(Project p) {
    return Generator.single(p, InitOptions.defaults()).plans().get(0);
  }

  @Test
  void stdioMcpServerIsServedOverStreamableHttp() throws IOException {
    Project p = project(Map.of(
        "requirements.txt", "mcp>=1.9\n",
        "tools/server.py", """
            from mcp.server.fastmcp import FastMCP
            mcp = FastMCP("tools")
            if __name__ == "__main__":
                mcp.run()
            """));
    assertThat(p.framework().value()).isEqualTo(Framework.MCP);
    // tools/ has no __init__.py: server.py is imported from there, which becomes the workdir
    assertThat(p.entrypoint().value()).isEqualTo(Entrypoint.of(Kind.MCP_SERVER, "server:mcp",
        "tools"));
    assertThat(p.notes()).anyMatch(n -> n.contains("over stdio"));
    ServicePlan plan = plan(p);
    assertThat(plan.workdir()).isEqualTo("/app/tools");
    assertThat(plan.command()).containsExactly("python", "-c",
        "from server import mcp; mcp.run(transport='streamable-http')");
    assertThat(plan.env()).containsEntry("FASTMCP_HOST", "0.0.0.0")
        .containsEntry("FASTMCP_PORT", "8000");
  }

  @Test
  void djangoAsgiWithUvicornAndManagePyInASubdirectory() throws IOException {
    Project p = project(Map.of(
        "requirements.txt", "django\nchannels\nuvicorn\n",
        "backend/manage.py", """
            import os
            os.environ.setdefault("DJANGO_SETTINGS_MODULE", "core.settings.production")
            """,
        "backend/core/__init__.py", "",
        "backend/core/settings/__init__.py", "",
        "backend/core/settings/base.py", """
            ASGI_APPLICATION = "core.asgi.application"
            WSGI_APPLICATION = "core.wsgi.application"
            """,
        "backend/core/settings/production.py", "from .base import *\nDEBUG = False\n"));
    assertThat(p.framework().value()).isEqualTo(Framework.DJANGO);
    assertThat(p.entrypoint().value()).isEqualTo(Entrypoint.of(Kind.ASGI_APP,
        "core.asgi:application", "backend"));
    ServicePlan plan = plan(p);
    assertThat(plan.workdir()).isEqualTo("/app/backend");
    assertThat(plan.command()).startsWith("uvicorn", "core.asgi:application");
    assertThat(plan.collectstatic()).isFalse();
  }

  @Test
  void packageWithDunderMainRunsAsAModule() throws IOException {
    Project p = project(Map.of(
        "pyproject.toml", """
            [project]
            name = "svc"
            version = "1"
            dependencies = []
            """,
        "svc/__init__.py", "",
        "svc/__main__.py", """
            from http.server import HTTPServer, SimpleHTTPRequestHandler
            HTTPServer(("0.0.0.0", 8765), SimpleHTTPRequestHandler).serve_forever()
            """));
    assertThat(p.entrypoint().value()).isEqualTo(Entrypoint.of(Kind.PYTHON_MODULE, "svc", ""));
    assertThat(p.port().value()).isEqualTo(8765);
    assertThat(plan(p).command()).containsExactly("python", "-m", "svc");
  }

  @Test
  void mountedSubAppIsNotTheOneToServe() throws IOException {
    Project p = project(Map.of(
        "requirements.txt", "fastapi\nuvicorn\n",
        "main.py", """
            from fastapi import FastAPI
            api = FastAPI()
            app = FastAPI()
            app.mount("/api", api)
            """));
    assertThat(p.entrypoint().value().target()).isEqualTo("main:app");
  }

  @Test
  void flaskFactoryWithoutModuleLevelAppUsesTheFactory() throws IOException {
    Project p = project(Map.of(
        "requirements.txt", "flask\ngunicorn\n",
        "web/__init__.py", """
            from flask import Flask
            def create_app():
                app = Flask(__name__)
                return app
            """));
    assertThat(p.entrypoint().value()).isEqualTo(Entrypoint.of(Kind.WSGI_APP,
        "web:create_app()", ""));
    assertThat(plan(p).command()).containsExactly("gunicorn", "web:create_app()", "--bind",
        "0.0.0.0:8000");
  }

  @Test
  void pinOutsideTheDeclaredRangeIsReported() throws IOException {
    Project p = project(Map.of(
        ".python-version", "3.10\n",
        "pyproject.toml", "[project]\nname = \"x\"\nversion = \"1\"\nrequires-python = \">=3.11\"\n",
        "app.py", "print('x')\n"));
    assertThat(p.python().value()).isEqualTo("3.10");
    assertThat(p.notes()).anyMatch(n -> n.contains(".python-version pins Python 3.10")
        && n.contains("excludes it"));
  }

  @Test
  void brokenTomlIsAUserErrorWithItsPosition() {
    assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> project(Map.of(
        "pyproject.toml", "[project]\nname = \"x\nversion = 1\n"))))
        .isInstanceOf(dev.dockwright.io.UserException.class)
        .hasMessageStartingWith("pyproject.toml:2:").hasMessageContaining("invalid TOML");
  }

  @Test
  void serviceLayoutFindsGroupedServices() throws IOException {
    Files.createDirectories(dir.resolve("services/api"));
    Files.createDirectories(dir.resolve("services/worker"));
    Files.createDirectories(dir.resolve("docs"));
    Files.writeString(dir.resolve("services/api/requirements.txt"), "fastapi\n");
    Files.writeString(dir.resolve("services/worker/pyproject.toml"), "[project]\nname='w'\n");
    Files.writeString(dir.resolve("docs/conf.py"), "x = 1\n");
    assertThat(ServiceLayout.find(dir)).extracting(p -> dir.relativize(p).toString())
        .containsExactly("services/api", "services/worker");
    Files.writeString(dir.resolve("requirements.txt"), "flask\n");
    assertThat(ServiceLayout.find(dir)).as("a project at the top is one service").isEmpty();
  }
}
