package dev.dockwright.python;

import dev.dockwright.io.UserException;
import dev.dockwright.python.Entrypoint.Kind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Detects how a Python project is built and started: the library entry point behind
 * {@code dockwright init}. Reads files only; never runs project code.
 */
public final class ProjectDetector {
  private static final List<String> MANIFESTS = List.of(
      "pyproject.toml", "requirements.txt", "requirements.in", "Pipfile", "setup.py", "setup.cfg");

  private ProjectDetector() {}

  public static Project detect(Path dir) {
    return detect(dir, Overrides.NONE);
  }

  public static Project detect(Path dir, Overrides overrides) {
    if (!Files.isDirectory(dir)) {
      throw new UserException(dir + ": not a directory");
    }
    Path root = dir.toAbsolutePath().normalize();
    ProjectFiles files = ProjectFiles.of(root);
    if (!isPythonProject(files)) {
      throw new UserException(dir + ": no Python project found (looked for pyproject.toml, "
          + "requirements*.txt, Pipfile, setup.py, setup.cfg and *.py files)");
    }
    List<String> notes = new ArrayList<>();
    TomlFile pyproject = files.exists("pyproject.toml")
        ? TomlFile.read(files.resolve("pyproject.toml"), "pyproject.toml") : null;

    Detected<Dependencies> deps = new DependencyDetector(files, pyproject, notes)
        .detect(overrides.packageManager());
    Detected<String> python = overrides.python() != null ? userPython(overrides.python())
        : new PythonVersionDetector(files, pyproject, notes).detect();

    EntrypointDetector.Result entry = new EntrypointDetector(files, pyproject, deps.value(), notes)
        .detect();
    Detected<Framework> framework = entry.framework();
    Detected<Entrypoint> entrypoint = entry.entrypoint();
    if (overrides.framework() != null) {
      framework = Detected.fromUser(overrides.framework(), "--framework");
      if (overrides.app() == null) {
        entrypoint = adapt(entrypoint, overrides.framework(), files);
      }
    }
    if (overrides.app() != null) {
      entrypoint = Detected.fromUser(entryFor(framework.value(), overrides.app(), files), "--app");
    }
    String entryFile = entry.file();
    if (overrides.app() != null || overrides.framework() != null) {
      entryFile = fileOf(entrypoint.value(), files);
    }
    ServiceDetector service = new ServiceDetector(files, framework.value(),
        new EntrypointDetector.Result(framework, entrypoint, entryFile, entry.appVariable()),
        notes);
    Detected<ServiceDetector.Port> port = service.port();
    Detected<Integer> portNumber = overrides.port() != null
        ? Detected.fromUser(overrides.port(), "--port") : port.map(ServiceDetector.Port::number);
    String portEnv = port.value().envVar() != null ? port.value().envVar()
        : service.portEnvVar().orElse(null);
    Detected<HealthCheck> health = overrides.health() != null
        ? Detected.fromUser(HealthCheck.strict(overrides.health()), "--health") : service.health();
    DjangoSettings django = framework.value() == Framework.DJANGO
        ? djangoSettings(files, entrypoint.value()) : null;
    Detected<Boolean> http = servesHttp(framework, entryFile, files, port, health, portEnv,
        overrides);
    if (!http.value()) {
      notes.add("no server found: the image runs the program as a worker, without a port or a "
          + "health check (--port declares one)");
    }
    return new Project(root, serviceName(root, pyproject), deps, python, framework, entrypoint,
        portNumber, portEnv, health, http, django, SpacesReadme.read(files), notes);
  }

  /**
   * Whether the program answers HTTP: frameworks do; a plain program or console script does when
   * its code starts a server, reads a port, or declares a health path.
   */
  private static Detected<Boolean> servesHttp(Detected<Framework> framework, String entryFile,
      ProjectFiles files, Detected<ServiceDetector.Port> port, Detected<HealthCheck> health,
      String portEnv, Overrides overrides) {
    if (overrides.port() != null || overrides.health() != null) {
      return Detected.fromUser(true, overrides.port() != null ? "--port" : "--health");
    }
    Framework f = framework.value();
    if (f != Framework.PLAIN && f != Framework.CONSOLE_SCRIPT) {
      return framework.map(x -> true);
    }
    if (entryFile != null && files.exists(entryFile)
        && EntrypointDetector.servesSomething(files.source(entryFile))) {
      return Detected.of(true, Confidence.HIGH, entryFile, entryFile + " starts a server");
    }
    if (portEnv != null || !port.source().equals("default") || !health.source().equals("default")) {
      return Detected.of(true, Confidence.MEDIUM, port.source().equals("default")
          ? health.source() : port.source(), "a port or health endpoint is declared");
    }
    boolean readable = entryFile != null && files.exists(entryFile);
    return Detected.of(false, readable ? Confidence.MEDIUM : Confidence.LOW,
        readable ? entryFile : "default", readable ? entryFile + " starts no server"
        : "no server found (no source to read)");
  }

  static boolean isPythonProject(ProjectFiles files) {
    if (MANIFESTS.stream().anyMatch(files::exists) || !files.pythonFiles().isEmpty()) {
      return true;
    }
    return files.list("").stream().anyMatch(f -> f.matches("requirements.*\\.txt"))
        || files.isDirectory("requirements");
  }

  private static Detected<String> userPython(String v) {
    String minor = PythonVersions.minorOf(v).orElseThrow(() -> new UserException(
        "--python " + v + ": not a CPython 3 version"));
    if (!PythonVersions.isKnown(minor)) {
      throw new UserException("--python " + v + ": unknown minor (known: "
          + String.join(", ", PythonVersions.KNOWN) + ")");
    }
    return Detected.fromUser(minor, "--python");
  }

  /** Reads {@code --app} according to the framework. */
  static Entrypoint entryFor(Framework fw, String app, ProjectFiles files) {
    boolean script = app.endsWith(".py");
    boolean ref = app.contains(":") && !app.endsWith(".py");
    String root = "";
    if (ref && !app.contains(".py:")) {
      String module = app.substring(0, app.indexOf(':'));
      for (String r : List.of("", "src", "app", "backend")) {
        if (files.fileOfModule(r, module).isPresent()) {
          root = r.equals("src") ? "" : r;
          break;
        }
      }
    }
    return switch (fw) {
      case FASTAPI, STARLETTE, QUART, FASTHTML -> Entrypoint.of(Kind.ASGI_APP,
          requireRef(app, fw), root);
      case FLASK, DJANGO -> Entrypoint.of(Kind.WSGI_APP, requireRef(app, fw), root);
      case STREAMLIT -> Entrypoint.of(Kind.STREAMLIT_SCRIPT, requireScript(app, fw), "");
      case GRADIO -> Entrypoint.of(Kind.PYTHON_SCRIPT, requireScript(app, fw), "");
      case MCP -> script ? Entrypoint.of(Kind.PYTHON_SCRIPT, app, "")
          : Entrypoint.of(Kind.MCP_SERVER, requireRef(app, fw), root);
      case FASTMCP -> Entrypoint.of(Kind.FASTMCP_SERVER, app.contains(".py") ? app : app
          + (app.contains(":") ? "" : ":mcp"), "");
      case CONSOLE_SCRIPT -> Entrypoint.of(Kind.CONSOLE_SCRIPT, app, "");
      case PLAIN -> script ? Entrypoint.of(Kind.PYTHON_SCRIPT, app, "")
          : Entrypoint.of(Kind.PYTHON_MODULE, app, root);
    };
  }

  private static String requireRef(String app, Framework fw) {
    if (!app.matches("[\\w.]+:[\\w.]+(\\(\\))?")) {
      throw new UserException("--app " + app + ": " + fw.display() + " needs module:object, "
          + "e.g. pkg.main:app");
    }
    return app;
  }

  private static String requireScript(String app, Framework fw) {
    if (!app.endsWith(".py")) {
      throw new UserException("--app " + app + ": " + fw.display() + " needs a .py file");
    }
    return app;
  }

  /** Keeps the detected entry when it fits the framework the user chose, else its convention. */
  private static Detected<Entrypoint> adapt(Detected<Entrypoint> e, Framework fw,
      ProjectFiles files) {
    Entrypoint cur = e.value();
    boolean isRef = cur.target().matches("[\\w.]+:[\\w.]+(\\(\\))?");
    boolean isScript = cur.target().endsWith(".py");
    try {
      if ((isRef && (fw.isAsgi() || fw == Framework.FLASK || fw == Framework.DJANGO))
          || (isScript && (fw == Framework.STREAMLIT || fw == Framework.GRADIO
          || fw == Framework.PLAIN || fw == Framework.MCP))) {
        return e.map(x -> entryFor(fw, x.target(), files)).map(x -> x.kind() == Kind.ASGI_APP
            || x.kind() == Kind.WSGI_APP ? new Entrypoint(x.kind(), x.target(), cur.importRoot(),
            List.of()) : x);
      }
    } catch (UserException ignored) {
      // fall through to the convention
    }
    String guess = switch (fw) {
      case STREAMLIT, GRADIO, PLAIN, MCP -> files.exists("app.py") ? "app.py" : "main.py";
      case DJANGO -> "config.wsgi:application";
      case FASTMCP -> "server.py:mcp";
      case CONSOLE_SCRIPT -> "app";
      default -> "main:app";
    };
    return Detected.of(entryFor(fw, guess, files), Confidence.LOW, "default",
        "the convention for " + fw.display() + "; set --app to be sure");
  }

  private static String fileOf(Entrypoint e, ProjectFiles files) {
    return switch (e.kind()) {
      case STREAMLIT_SCRIPT, PYTHON_SCRIPT -> e.target();
      case FASTMCP_SERVER -> e.target().substring(0, e.target().lastIndexOf(':'));
      case ASGI_APP, WSGI_APP, MCP_SERVER, PYTHON_MODULE -> files.fileOfModule(e.importRoot(),
          e.module()).orElse(null);
      default -> null;
    };
  }

  private static DjangoSettings djangoSettings(ProjectFiles files, Entrypoint e) {
    String dir = e.importRoot();
    String manage = (dir.isEmpty() ? "" : dir + "/") + "manage.py";
    if (!files.exists(manage)) {
      return DjangoSettings.none(dir);
    }
    PySource src = files.source(manage);
    return src.calls().stream()
        .filter(c -> c.method().equals("setdefault"))
        .filter(c -> c.positional(0).flatMap(PySource.Arg::string)
            .filter("DJANGO_SETTINGS_MODULE"::equals).isPresent())
        .findFirst().flatMap(c -> c.positional(1).flatMap(PySource.Arg::string))
        .map(s -> DjangoSettings.read(files, dir, s)).orElse(DjangoSettings.none(dir));
  }

  /** A name fit for an image and a compose service: lower case letters, digits and dashes. */
  static String serviceName(Path root, TomlFile pyproject) {
    String n = null;
    if (pyproject != null) {
      n = pyproject.string("project", "name");
      if (n == null) {
        n = pyproject.string("tool", "poetry", "name");
      }
    }
    if (n == null || n.isBlank()) {
      Path file = root.getFileName();
      n = file == null ? "app" : file.toString();
    }
    String s = n.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    return s.isEmpty() ? "app" : s;
  }
}
