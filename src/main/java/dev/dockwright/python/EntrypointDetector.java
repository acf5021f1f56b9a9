package dev.dockwright.python;

import dev.dockwright.python.Entrypoint.Kind;
import dev.dockwright.python.PySource.Call;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the framework and the thing to start by reading the source: app objects
 * ({@code app = FastAPI()}, factories returning {@code Flask(__name__)}), Django's manage.py and
 * settings, Streamlit and Gradio scripts, MCP servers, console scripts, a Procfile's web process,
 * and {@code __main__} programs. Every candidate gets a score; the best wins and the runners-up
 * are named in the reason so the user can pick another with {@code --app} or
 * {@code --interactive}.
 */
final class EntrypointDetector {
  /** Fully qualified app constructors and what they mean. */
  private static final Map<String, Framework> CONSTRUCTORS = Map.ofEntries(
      Map.entry("quart.Quart", Framework.QUART),
      Map.entry("fasthtml.common.fast_app", Framework.FASTHTML),
      Map.entry("fasthtml.fast_app", Framework.FASTHTML),
      Map.entry("fasthtml.common.FastHTML", Framework.FASTHTML),
      Map.entry("fasthtml.FastHTML", Framework.FASTHTML),
      Map.entry("fastapi.FastAPI", Framework.FASTAPI),
      Map.entry("fastapi.applications.FastAPI", Framework.FASTAPI),
      Map.entry("starlette.applications.Starlette", Framework.STARLETTE),
      Map.entry("flask.Flask", Framework.FLASK),
      Map.entry("mcp.server.fastmcp.FastMCP", Framework.MCP),
      Map.entry("mcp.server.fastmcp.server.FastMCP", Framework.MCP),
      Map.entry("mcp.server.FastMCP", Framework.MCP),
      Map.entry("fastmcp.FastMCP", Framework.FASTMCP),
      Map.entry("fastmcp.server.FastMCP", Framework.FASTMCP));
  /** Packages that are built on a framework and imply it (LangServe serves a FastAPI app). */
  private static final Map<String, Framework> IMPLIED = Map.of(
      "fastapi-slim", Framework.FASTAPI,
      "langserve", Framework.FASTAPI);
  private static final Set<String> CONVENTIONAL_FILES = Set.of(
      "main.py", "app.py", "server.py", "api.py", "asgi.py", "wsgi.py", "application.py",
      "run.py", "serve.py", "__main__.py", "streamlit_app.py", "web.py", "service.py", "bot.py");
  private static final Set<String> SERVER_CALLS = Set.of(
      "serve_forever", "run_app", "run", "serve", "launch", "run_forever", "start_server",
      "run_server", "listen");

  private final ProjectFiles files;
  private final TomlFile pyproject;
  private final Dependencies deps;
  private final List<String> notes;

  EntrypointDetector(ProjectFiles files, TomlFile pyproject, Dependencies deps, List<String> notes) {
    this.files = files;
    this.pyproject = pyproject;
    this.deps = deps;
    this.notes = notes;
  }

  /** The chosen start, with the file that defines it (for port and health look-ups). */
  record Result(Detected<Framework> framework, Detected<Entrypoint> entrypoint, String file,
      String appVariable) {}

  private record Candidate(Framework framework, Entrypoint entry, Confidence confidence,
      String source, String reason, int score, String file, String appVariable) {}

  Result detect() {
    List<Candidate> found = new ArrayList<>();
    procfile().ifPresent(found::add);
    django().ifPresent(found::add);
    found.addAll(appObjects());
    found.addAll(scripts());
    found.addAll(consoleScripts());
    found.addAll(mainPrograms());
    found.sort(Comparator.comparingInt(Candidate::score).reversed());
    if (found.isEmpty()) {
      return fromDependenciesOnly();
    }
    Candidate best = found.get(0);
    List<String> others = found.stream().skip(1)
        .filter(c -> c.framework() != best.framework() || !c.entry().equals(best.entry()))
        .filter(c -> c.score() >= best.score() - 25)
        .filter(c -> c.file() == null || !c.file().equals(best.file()))
        .map(c -> (c.framework() == Framework.CONSOLE_SCRIPT ? "" : c.framework().display()
            + " ") + c.entry().describe()
            + (c.source().startsWith(c.entry().describe()) ? "" : " (" + c.source() + ")"))
        .distinct().limit(3).toList();
    Confidence conf = best.confidence();
    String reason = best.reason();
    if (!others.isEmpty()) {
      reason += "; also found " + String.join(", ", others);
      if (conf == Confidence.HIGH && found.get(1).score() >= best.score() - 5) {
        conf = Confidence.MEDIUM;
      }
    }
    Confidence fwConf = conf;
    String fwReason = reason;
    String pkg = packageOf(best.framework());
    boolean implied = IMPLIED.entrySet().stream()
        .anyMatch(e -> e.getValue() == best.framework() && deps.has(e.getKey()));
    if (pkg != null && !deps.has(pkg) && !deps.names().isEmpty() && !implied) {
      notes.add(best.source() + " uses " + best.framework().display() + " but '" + pkg
          + "' is not among the declared dependencies");
      fwConf = Confidence.MEDIUM;
    }
    return new Result(
        Detected.of(best.framework(), fwConf, best.source(), fwReason),
        Detected.of(best.entry(), conf, best.source(), reason),
        best.file(), best.appVariable());
  }

  /** The framework whose app a call constructs, through the file's imports (star ones too). */
  static Framework constructorOf(PySource src, String callee) {
    for (String q : src.qualifyAll(callee)) {
      Framework fw = CONSTRUCTORS.get(q);
      if (fw != null) {
        return fw;
      }
    }
    return null;
  }

  /** The PyPI package a framework comes from. */
  static String packageOf(Framework f) {
    return switch (f) {
      case FASTAPI -> "fastapi";
      case STARLETTE -> "starlette";
      case QUART -> "quart";
      case FASTHTML -> "python-fasthtml";
      case FLASK -> "flask";
      case DJANGO -> "django";
      case STREAMLIT -> "streamlit";
      case GRADIO -> "gradio";
      case MCP -> "mcp";
      case FASTMCP -> "fastmcp";
      default -> null;
    };
  }

  // ---------------------------------------------------------------------------------- Procfile

  private Optional<Candidate> procfile() {
    Optional<String> text = files.read("Procfile");
    if (text.isEmpty()) {
      return Optional.empty();
    }
    String[] lines = text.get().split("\n");
    for (int i = 0; i < lines.length; i++) {
      String l = lines[i].strip();
      if (!l.startsWith("web:")) {
        continue;
      }
      String cmd = l.substring(4).strip();
      String src = "Procfile:" + (i + 1);
      List<String> argv = ShellWords.split(cmd);
      Optional<Candidate> c = fromCommand(argv, src, "the Procfile's web process");
      if (c.isPresent()) {
        return c;
      }
      return Optional.of(new Candidate(frameworkFromDependencies().orElse(Framework.PLAIN),
          new Entrypoint(Kind.COMMAND, cmd, "", argv), Confidence.MEDIUM, src,
          "the Procfile's web process", 95, null, null));
    }
    return Optional.empty();
  }

  /** Understands the usual server commands; empty for anything else. */
  private Optional<Candidate> fromCommand(List<String> argv, String src, String what) {
    List<String> a = new ArrayList<>(argv);
    while (!a.isEmpty() && (a.get(0).contains("=") || a.get(0).equals("exec"))) {
      a.remove(0); // VAR=value prefixes and exec
    }
    if (a.size() >= 2 && (a.get(0).startsWith("python")) && a.get(1).equals("-m")) {
      a.subList(0, 2).clear();
    }
    if (a.isEmpty()) {
      return Optional.empty();
    }
    String prog = a.get(0);
    String chdir = optionValue(a, "--chdir", "--app-dir");
    String root = chdir == null ? "" : DependencyDetector.normalize(chdir);
    Optional<String> appRef = a.stream().skip(1).filter(w -> w.matches("[\\w.]+:[\\w.()]+"))
        .findFirst();
    if ((prog.equals("gunicorn") || prog.equals("uvicorn") || prog.equals("hypercorn")
        || prog.equals("daphne")) && appRef.isPresent()) {
      boolean asgi = !prog.equals("gunicorn") || a.stream().anyMatch(w -> w.contains("uvicorn"));
      Framework fw = frameworkFromDependencies().orElse(asgi ? Framework.FASTAPI : Framework.FLASK);
      Kind kind = asgi ? Kind.ASGI_APP : Kind.WSGI_APP;
      return Optional.of(new Candidate(fw, Entrypoint.of(kind, appRef.get(), root),
          Confidence.HIGH, src, what + " serves " + appRef.get() + " with " + prog, 100,
          files.fileOfModule(root, appRef.get().split(":")[0]).orElse(null),
          appRef.get().split(":")[1]));
    }
    if (prog.equals("streamlit") && a.size() >= 3 && a.get(1).equals("run")) {
      return Optional.of(new Candidate(Framework.STREAMLIT,
          Entrypoint.of(Kind.STREAMLIT_SCRIPT, a.get(2), ""), Confidence.HIGH, src,
          what + " runs streamlit", 100, a.get(2), null));
    }
    if (prog.startsWith("python") && a.size() >= 2 && a.get(1).endsWith(".py")) {
      String file = a.get(1);
      return Optional.of(new Candidate(frameworkOfFile(file).orElse(Framework.PLAIN),
          Entrypoint.of(Kind.PYTHON_SCRIPT, file, ""), Confidence.HIGH, src,
          what + " runs " + file, 100, file, null));
    }
    if (argv.size() >= 2 && argv.get(0).startsWith("python") && argv.get(1).equals("-m")
        && argv.size() >= 3) {
      return Optional.of(new Candidate(frameworkFromDependencies().orElse(Framework.PLAIN),
          Entrypoint.of(Kind.PYTHON_MODULE, argv.get(2), ""), Confidence.HIGH, src,
          what + " runs python -m " + argv.get(2), 100, null, null));
    }
    return Optional.empty();
  }

  private static String optionValue(List<String> a, String... names) {
    for (int i = 0; i < a.size(); i++) {
      for (String n : names) {
        if (a.get(i).equals(n) && i + 1 < a.size()) {
          return a.get(i + 1);
        }
        if (a.get(i).startsWith(n + "=")) {
          return a.get(i).substring(n.length() + 1);
        }
      }
    }
    return null;
  }

  // ------------------------------------------------------------------------------------ Django

  private Optional<Candidate> django() {
    String manage = files.exists("manage.py") ? "manage.py" : files.pythonFiles().stream()
        .filter(f -> f.endsWith("/manage.py") && f.split("/").length <= 3).findFirst().orElse(null);
    if (manage == null) {
      return Optional.empty();
    }
    String dir = manage.contains("/") ? manage.substring(0, manage.lastIndexOf('/')) : "";
    PySource src = files.source(manage);
    Optional<String> settings = src.calls().stream()
        .filter(c -> c.method().equals("setdefault"))
        .filter(c -> c.positional(0).flatMap(PySource.Arg::string)
            .filter("DJANGO_SETTINGS_MODULE"::equals).isPresent())
        .findFirst().flatMap(c -> c.positional(1).flatMap(PySource.Arg::string));
    if (settings.isEmpty() && !deps.has("django")) {
      return Optional.empty();
    }
    DjangoSettings ds = settings.map(s -> DjangoSettings.read(files, dir, s))
        .orElse(DjangoSettings.none(dir));
    String base = settings.map(s -> s.contains(".") ? s.substring(0, s.indexOf('.')) : s)
        .orElse(null);
    String app;
    Kind kind;
    String why;
    Confidence conf;
    if (ds.asgiApplication() != null && asgiServerAvailable()) {
      app = toAppRef(ds.asgiApplication());
      kind = Kind.ASGI_APP;
      why = "manage.py; ASGI_APPLICATION in " + ds.file();
      conf = Confidence.HIGH;
    } else if (ds.wsgiApplication() != null) {
      app = toAppRef(ds.wsgiApplication());
      kind = Kind.WSGI_APP;
      why = "manage.py; WSGI_APPLICATION in " + ds.file();
      conf = Confidence.HIGH;
    } else if (base != null) {
      app = base + ".wsgi:application";
      kind = Kind.WSGI_APP;
      boolean exists = files.fileOfModule(dir, base + ".wsgi").isPresent();
      why = "manage.py; DJANGO_SETTINGS_MODULE " + settings.get() + (exists ? ", " + base
          + "/wsgi.py" : " (wsgi module assumed)");
      conf = exists ? Confidence.HIGH : Confidence.MEDIUM;
    } else {
      return Optional.of(new Candidate(Framework.DJANGO, Entrypoint.of(Kind.WSGI_APP,
          "config.wsgi:application", dir), Confidence.LOW, manage,
          "manage.py and a django dependency, but no DJANGO_SETTINGS_MODULE", 85, manage, null));
    }
    return Optional.of(new Candidate(Framework.DJANGO, Entrypoint.of(kind, app, dir), conf,
        manage, why, 90, manage, null));
  }

  private boolean asgiServerAvailable() {
    return deps.has("uvicorn") || deps.has("daphne") || deps.has("channels");
  }

  private static String toAppRef(String dotted) {
    int dot = dotted.lastIndexOf('.');
    return dot < 0 ? dotted : dotted.substring(0, dot) + ":" + dotted.substring(dot + 1);
  }

  // -------------------------------------------------------------------------------- app objects

  private List<Candidate> appObjects() {
    List<Candidate> out = new ArrayList<>();
    // Factories first: functions that build an app, so `app = create_app()` can be recognised.
    Map<String, Framework> factories = new LinkedHashMap<>();
    Map<String, String> factoryFiles = new LinkedHashMap<>();
    Set<String> calledFactories = new java.util.HashSet<>();
    for (String file : files.pythonFiles()) {
      PySource src = files.source(file);
      for (Call c : src.calls()) {
        Framework fw = constructorOf(src, c.callee());
        if (fw != null && c.function() != null) {
          factories.putIfAbsent(c.function(), fw);
          factoryFiles.putIfAbsent(c.function(), file);
        }
      }
    }
    for (String file : files.pythonFiles()) {
      PySource src = files.source(file);
      ProjectFiles.ModuleRef mod = files.moduleOf(file);
      for (Call c : src.calls()) {
        if (c.assignedTo() == null || c.function() != null) {
          continue;
        }
        Framework fw = constructorOf(src, c.callee());
        boolean viaFactory = false;
        if (fw == null) {
          String simple = c.callee().contains(".") ? c.callee().substring(
              c.callee().lastIndexOf('.') + 1) : c.callee();
          fw = factories.get(simple);
          viaFactory = fw != null;
        }
        if (fw == null) {
          continue;
        }
        String var = c.assignedTo();
        int score = 80 + nameBonus(file) + (var.equals("app") || var.equals("application")
            || var.equals("mcp") ? 3 : 0);
        if (isMounted(var, src)) {
          score -= 20;
        }
        if (viaFactory) {
          calledFactories.add(c.callee().substring(c.callee().lastIndexOf('.') + 1));
        }
        String why = file + ":" + c.line() + " " + var + " = " + c.callee() + "(...)"
            + (viaFactory ? " (an app factory)" : "");
        Entrypoint entry = switch (fw) {
          case MCP -> mcpEntry(file, src, var, mod);
          case FASTMCP -> Entrypoint.of(Kind.FASTMCP_SERVER, file + ":" + var, "");
          case FLASK -> Entrypoint.of(Kind.WSGI_APP, mod.module() + ":" + var, mod.importRoot());
          default -> Entrypoint.of(Kind.ASGI_APP, mod.module() + ":" + var, mod.importRoot());
        };
        out.add(new Candidate(fw, entry, Confidence.HIGH, file + ":" + c.line(), why, score,
            file, var));
      }
    }
    // A factory nobody calls at module level: serve it through the server's factory support.
    for (var e : factories.entrySet()) {
      String file = factoryFiles.get(e.getKey());
      Framework fw = e.getValue();
      if (!calledFactories.contains(e.getKey()) && (fw == Framework.FLASK || fw.isAsgi())) {
        ProjectFiles.ModuleRef mod = files.moduleOf(file);
        out.add(new Candidate(fw, Entrypoint.of(fw == Framework.FLASK ? Kind.WSGI_APP
            : Kind.ASGI_APP, mod.module() + ":" + e.getKey()
            + "()", mod.importRoot()), Confidence.MEDIUM, file, file + " defines the app "
            + "factory " + e.getKey() + "()", 75 + nameBonus(file), file, null));
      }
    }
    // uvicorn.run("pkg.main:app") names the app outright.
    for (String file : files.pythonFiles()) {
      PySource src = files.source(file);
      for (Call c : src.calls()) {
        if (src.qualify(c.callee()).equals("uvicorn.run")) {
          Optional<String> ref = c.positional(0).flatMap(PySource.Arg::string)
              .filter(s -> s.matches("[\\w.]+:[\\w.]+"));
          if (ref.isPresent()) {
            String root = files.moduleOf(file).importRoot();
            Framework fw = frameworkFromDependencies().filter(Framework::isAsgi)
                .orElse(Framework.FASTAPI);
            out.add(new Candidate(fw, Entrypoint.of(Kind.ASGI_APP, ref.get(), root),
                Confidence.HIGH, file + ":" + c.line(), file + ":" + c.line() + " runs uvicorn "
                + "on \"" + ref.get() + "\"", 82, files.fileOfModule(root,
                ref.get().split(":")[0]).orElse(file), ref.get().split(":")[1]));
          }
        }
      }
    }
    return out;
  }

  /** Transports over which an MCP server answers HTTP. */
  private static final Set<String> HTTP_TRANSPORTS = Set.of("streamable-http", "http", "sse");

  /**
   * The official SDK's server runs over stdio unless its {@code run()} asks for HTTP: such a file
   * can be run as is; otherwise the image starts the server object over streamable HTTP.
   */
  private Entrypoint mcpEntry(String file, PySource src, String var,
      ProjectFiles.ModuleRef mod) {
    Optional<Call> run = src.calls().stream()
        .filter(c -> c.callee().equals(var + ".run") && (c.inMainBlock() || c.function() != null))
        .findFirst();
    String transport = run.flatMap(r -> r.kwarg("transport").or(() -> r.positional(0))
        .flatMap(PySource.Arg::string)).orElse("stdio");
    if (HTTP_TRANSPORTS.contains(transport)) {
      return Entrypoint.of(Kind.PYTHON_SCRIPT, file, "");
    }
    notes.add(file + " runs its MCP server over " + transport + "; the image serves "
        + mod.module() + ":" + var + " over streamable HTTP instead");
    return Entrypoint.of(Kind.MCP_SERVER, mod.module() + ":" + var, mod.importRoot());
  }

  /** {@code parent.mount("/x", var)}: a sub-application, not the one to serve. */
  private static boolean isMounted(String var, PySource src) {
    return src.calls().stream().anyMatch(c -> c.method().equals("mount")
        && c.args().stream().anyMatch(a -> a.identifier().map(var::equals).orElse(false)));
  }

  private static int nameBonus(String file) {
    String name = file.substring(file.lastIndexOf('/') + 1);
    int depth = file.split("/").length - 1;
    return (CONVENTIONAL_FILES.contains(name) ? 5 : 0) - Math.min(depth, 4);
  }

  // ---------------------------------------------------------------- Streamlit and Gradio scripts

  private List<Candidate> scripts() {
    List<Candidate> out = new ArrayList<>();
    for (String file : files.pythonFiles()) {
      if (file.contains("/pages/") || file.startsWith("pages/")) {
        continue; // Streamlit multipage: pages are not entry points
      }
      PySource src = files.source(file);
      if (src.imports("streamlit")) {
        int score = 70 + nameBonus(file) + (file.endsWith("streamlit_app.py") ? 4 : 0)
            + (file.matches("(.*/)?\\W*Home\\.py") ? 4 : 0);
        out.add(new Candidate(Framework.STREAMLIT, Entrypoint.of(Kind.STREAMLIT_SCRIPT, file, ""),
            Confidence.HIGH, file, file + " imports streamlit", score, file, null));
      }
      if (src.imports("gradio")) {
        Optional<Call> launch = src.calls().stream().filter(c -> c.method().equals("launch"))
            .findFirst();
        if (launch.isPresent()) {
          ProjectFiles.ModuleRef mod = files.moduleOf(file);
          out.add(new Candidate(Framework.GRADIO, Entrypoint.of(Kind.PYTHON_SCRIPT, file, ""),
              Confidence.HIGH, file + ":" + launch.get().line(), file + ":"
              + launch.get().line() + " launches a Gradio app", 72 + nameBonus(file), file,
              mod.module()));
        }
      }
    }
    return out;
  }

  // ----------------------------------------------------------------------------- console scripts

  private List<Candidate> consoleScripts() {
    List<Candidate> out = new ArrayList<>();
    if (pyproject == null || !deps.installsProject()) {
      return out;
    }
    Map<String, String> scripts = new LinkedHashMap<>(pyproject.stringTable("project", "scripts"));
    String where = "pyproject.toml [project.scripts]";
    if (scripts.isEmpty()) {
      scripts.putAll(pyproject.stringTable("tool", "poetry", "scripts"));
      where = "pyproject.toml [tool.poetry.scripts]";
    }
    String name = pyproject.string("project", "name");
    if (name == null) {
      name = pyproject.string("tool", "poetry", "name");
    }
    for (var e : scripts.entrySet()) {
      String target = e.getValue();
      String module = target.contains(":") ? target.substring(0, target.indexOf(':')) : target;
      Optional<String> file = Optional.<String>empty();
      for (String root : List.of("src", "")) {
        file = files.fileOfModule(root, module.strip());
        if (file.isPresent()) {
          break;
        }
      }
      boolean serves = file.map(f -> servesSomething(files.source(f))).orElse(false);
      boolean named = name != null && Requirement.normalize(e.getKey())
          .equals(Requirement.normalize(name));
      int score = 60 + (serves ? 8 : 0) + (named ? 4 : 0) + (scripts.size() == 1 ? 2 : 0);
      out.add(new Candidate(Framework.CONSOLE_SCRIPT, Entrypoint.of(Kind.CONSOLE_SCRIPT, e.getKey(), ""),
          scripts.size() == 1 || serves ? Confidence.HIGH : Confidence.MEDIUM, where,
          where + " " + e.getKey() + " = \"" + target + "\"", score, file.orElse(null), null));
    }
    return out;
  }

  // ------------------------------------------------------------------------------ __main__ files

  private List<Candidate> mainPrograms() {
    List<Candidate> out = new ArrayList<>();
    for (String file : files.pythonFiles()) {
      PySource src = files.source(file);
      String name = file.substring(file.lastIndexOf('/') + 1);
      boolean dunderMain = name.equals("__main__.py");
      if (!src.hasMainGuard() && !dunderMain) {
        continue;
      }
      boolean serves = servesSomething(src);
      if (!serves && !CONVENTIONAL_FILES.contains(name)) {
        continue;
      }
      int score = 50 + nameBonus(file) + (serves ? 10 : 0);
      Optional<Framework> fw = frameworkOfFile(file);
      if (dunderMain && file.contains("/")) {
        ProjectFiles.ModuleRef mod = files.moduleOf(file);
        String pkg = mod.module().replaceFirst("\\.__main__$", "");
        out.add(new Candidate(fw.orElse(Framework.PLAIN), Entrypoint.of(Kind.PYTHON_MODULE,
            pkg, mod.importRoot()), serves ? Confidence.HIGH : Confidence.MEDIUM, file,
            file + " makes the package runnable with python -m", score, file, null));
      } else {
        out.add(new Candidate(fw.orElse(Framework.PLAIN), Entrypoint.of(Kind.PYTHON_SCRIPT,
            file, ""), serves ? Confidence.HIGH : Confidence.MEDIUM, file,
            file + (serves ? " starts a server in its __main__ block" : " has a __main__ block"),
            score, file, null));
      }
    }
    return out;
  }

  /** Modules whose import makes a {@code run()} call in the file a server start. */
  private static final List<String> SERVER_MODULES = List.of(
      "flask", "fastapi", "starlette", "quart", "aiohttp", "tornado", "http.server",
      "socketserver", "bottle", "sanic", "uvicorn", "hypercorn", "waitress", "websockets",
      "grpc", "gradio", "mcp", "fastmcp", "fasthtml", "litestar", "falcon", "wsgiref");

  /** Whether the file starts a server (not merely an event loop or a subprocess). */
  static boolean servesSomething(PySource src) {
    boolean web = SERVER_MODULES.stream().anyMatch(src::imports);
    for (Call c : src.calls()) {
      String q = src.qualify(c.callee());
      if (q.startsWith("http.server.") || q.startsWith("socketserver.")
          || q.startsWith("wsgiref.simple_server.")) {
        return true;
      }
      if (!SERVER_CALLS.contains(c.method()) || !(c.inMainBlock() || c.function() != null)) {
        continue;
      }
      String recv = c.receiver();
      if (recv.equals("subprocess") || q.startsWith("asyncio.") || q.startsWith("trio.")
          || q.startsWith("anyio.")) {
        continue;
      }
      if (!c.method().equals("run") || web || q.startsWith("uvicorn.")) {
        return true;
      }
    }
    return false;
  }

  private Optional<Framework> frameworkOfFile(String file) {
    if (file == null || !files.exists(file)) {
      return Optional.empty();
    }
    PySource src = files.source(file);
    if (src.imports("streamlit")) {
      return Optional.of(Framework.STREAMLIT);
    }
    if (src.imports("gradio")) {
      return Optional.of(Framework.GRADIO);
    }
    for (Call c : src.calls()) {
      Framework fw = constructorOf(src, c.callee());
      if (fw != null) {
        return Optional.of(fw);
      }
    }
    return Optional.empty();
  }

  // ------------------------------------------------------------------------- dependencies only

  /** The framework a dependency implies, strongest first. */
  Optional<Framework> frameworkFromDependencies() {
    for (Framework f : List.of(Framework.DJANGO, Framework.FASTAPI, Framework.QUART,
        Framework.FASTHTML, Framework.STARLETTE, Framework.FLASK, Framework.FASTMCP,
        Framework.MCP, Framework.STREAMLIT, Framework.GRADIO)) {
      if (deps.has(packageOf(f))) {
        return Optional.of(f);
      }
      for (var e : IMPLIED.entrySet()) {
        if (e.getValue() == f && deps.has(e.getKey())) {
          return Optional.of(f);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * No start found in the source (or no source at all): the framework comes from the
   * dependencies and the entry point is the framework's convention, which the user should check.
   */
  private Result fromDependenciesOnly() {
    Optional<Framework> fw = frameworkFromDependencies();
    String source = deps.manifests().isEmpty() ? "default" : deps.manifests().get(0);
    if (fw.isEmpty()) {
      String file = files.pythonFiles().stream().filter(f -> !f.contains("/")).findFirst()
          .orElse("main.py");
      return new Result(
          Detected.of(Framework.PLAIN, Confidence.LOW, "default", "no framework among the "
              + "dependencies and no server found in the source"),
          Detected.of(Entrypoint.of(Kind.PYTHON_SCRIPT, file, ""), Confidence.LOW, "default",
              "no entry point found; guessed " + file),
          files.exists(file) ? file : null, null);
    }
    Framework f = fw.get();
    String file = conventionalFile(f);
    ProjectFiles.ModuleRef mod = files.exists(file) ? files.moduleOf(file)
        : new ProjectFiles.ModuleRef("", file.substring(0, file.length() - 3));
    Entrypoint entry = switch (f) {
      case DJANGO -> Entrypoint.of(Kind.WSGI_APP, "config.wsgi:application", "");
      case STREAMLIT -> Entrypoint.of(Kind.STREAMLIT_SCRIPT, file, "");
      case GRADIO, MCP -> Entrypoint.of(Kind.PYTHON_SCRIPT, file, "");
      case FASTMCP -> Entrypoint.of(Kind.FASTMCP_SERVER, file + ":mcp", "");
      case FLASK -> Entrypoint.of(Kind.WSGI_APP, mod.module() + ":app", mod.importRoot());
      default -> Entrypoint.of(Kind.ASGI_APP, mod.module() + ":app", mod.importRoot());
    };
    return new Result(
        Detected.of(f, Confidence.MEDIUM, source, "'" + packageOf(f) + "' is a dependency"),
        Detected.of(entry, Confidence.LOW, "default", "no app object found in the source; "
            + "guessed the conventional " + entry.describe()),
        files.exists(file) ? file : null, null);
  }

  private String conventionalFile(Framework f) {
    List<String> names = switch (f) {
      case STREAMLIT -> List.of("streamlit_app.py", "app.py", "main.py", "Home.py");
      case GRADIO -> List.of("app.py", "main.py");
      case MCP, FASTMCP -> List.of("server.py", "main.py", "app.py");
      default -> List.of("main.py", "app.py", "server.py", "api.py");
    };
    return names.stream().filter(files::exists).findFirst().orElse(names.get(0));
  }
}
