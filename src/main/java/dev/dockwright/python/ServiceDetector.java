package dev.dockwright.python;

import dev.dockwright.python.PySource.Arg;
import dev.dockwright.python.PySource.Call;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the port the service listens on and its health endpoint: ports from the arguments of
 * the calls that start servers ({@code uvicorn.run(port=...)}, {@code app.run(port=...)},
 * {@code launch(server_port=...)}, {@code HTTPServer(("", 8080), ...)}), from
 * {@code os.environ.get("PORT", "8080")} defaults, from server config files and an existing
 * compose file; health endpoints from route declarations of every framework and, for hand-written
 * {@code http.server} handlers, from the paths they compare against.
 */
final class ServiceDetector {
  /** Last path segments that name a health endpoint, best first. */
  static final List<String> HEALTH_NAMES = List.of(
      "health", "healthz", "healthcheck", "health-check", "health_check", "_health", "livez",
      "readyz", "ping", "ready", "live", "liveness", "readiness", "status");
  private static final Set<String> ROUTE_METHODS = Set.of(
      "get", "route", "api_route", "head", "add_url_rule", "add_api_route", "add_route",
      "custom_route", "websocket_route");
  private static final Set<String> SERVER_CONSTRUCTORS = Set.of(
      "HTTPServer", "ThreadingHTTPServer", "TCPServer", "ThreadingTCPServer", "make_server");
  private static final Pattern PORT_OPTION = Pattern.compile(
      "(?:--port[= ]|--server\\.port[= ]|-p |(?:-b|--bind)[= ]\\S*:)(\\d{2,5})");

  private final ProjectFiles files;
  private final Framework framework;
  private final EntrypointDetector.Result entry;
  private final List<String> notes;

  ServiceDetector(ProjectFiles files, Framework framework, EntrypointDetector.Result entry,
      List<String> notes) {
    this.files = files;
    this.framework = framework;
    this.entry = entry;
    this.notes = notes;
  }

  /** The port and the environment variable the code reads it from (null when none). */
  record Port(int number, String envVar) {}

  Detected<Port> port() {
    List<String> order = new ArrayList<>();
    if (entry.file() != null && files.exists(entry.file())) {
      order.add(entry.file());
    }
    files.pythonFiles().stream().filter(f -> !order.contains(f)).forEach(order::add);
    for (String file : order) {
      Optional<Detected<Port>> p = portInSource(file);
      if (p.isPresent()) {
        return p.get();
      }
    }
    Optional<Detected<Port>> config = portInConfig();
    if (config.isPresent()) {
      return config.get();
    }
    return Detected.byDefault(new Port(framework.defaultPort(), null), framework.display()
        + "'s default port");
  }

  private Optional<Detected<Port>> portInSource(String file) {
    PySource src = files.source(file);
    boolean entryFile = file.equals(entry.file());
    for (Call c : src.calls()) {
      String q = src.qualify(c.callee());
      Optional<Arg> arg = Optional.empty();
      if (q.equals("uvicorn.run") || q.endsWith("web.run_app") || c.method().equals("run")
          && !q.startsWith("asyncio") && !q.startsWith("subprocess")) {
        arg = c.kwarg("port");
      } else if (c.method().equals("launch")) {
        arg = c.kwarg("server_port");
      } else if (q.endsWith("FastMCP")) {
        arg = c.kwarg("port");
      } else if (SERVER_CONSTRUCTORS.contains(c.method())) {
        arg = c.positional(0).flatMap(ServiceDetector::secondOfTuple)
            .or(() -> c.method().equals("make_server") ? c.positional(1) : Optional.empty());
      }
      if (arg.isEmpty()) {
        continue;
      }
      Optional<Port> port = resolve(src, arg.get().tokens(), c.line(), 0);
      if (port.isPresent()) {
        String where = file + ":" + c.line();
        return Optional.of(Detected.of(port.get(), entryFile ? Confidence.HIGH : Confidence.MEDIUM,
            where, c.callee() + "(...) in " + where + describeEnv(port.get())));
      }
    }
    // A PORT read anywhere in the entry file, even when it is passed on indirectly.
    if (entryFile) {
      for (Call c : src.calls()) {
        Optional<Port> env = envRead(c, src);
        if (env.isPresent() && env.get().number() > 0) {
          String where = file + ":" + c.line();
          return Optional.of(Detected.of(env.get(), Confidence.MEDIUM, where, "the default of $"
              + env.get().envVar() + " in " + where));
        }
      }
    }
    return Optional.empty();
  }

  private static String describeEnv(Port p) {
    return p.envVar() == null ? "" : " (from $" + p.envVar() + ", default " + p.number() + ")";
  }

  /** The second element of a tuple literal argument {@code ("0.0.0.0", 8080)}. */
  private static Optional<Arg> secondOfTuple(Arg a) {
    List<PyToken> t = a.tokens();
    if (t.size() < 5 || !t.get(0).isOp("(")) {
      return Optional.empty();
    }
    int depth = 0;
    int comma = -1;
    for (int i = 1; i < t.size() - 1; i++) {
      PyToken tok = t.get(i);
      if (tok.isOp("(") || tok.isOp("[")) {
        depth++;
      } else if (tok.isOp(")") || tok.isOp("]")) {
        depth--;
      } else if (depth == 0 && tok.isOp(",")) {
        comma = i;
        break;
      }
    }
    if (comma < 0) {
      return Optional.empty();
    }
    int end = t.get(t.size() - 1).isOp(")") ? t.size() - 1 : t.size();
    List<PyToken> second = new ArrayList<>(t.subList(comma + 1, end));
    if (!second.isEmpty() && second.get(second.size() - 1).isOp(",")) {
      second.remove(second.size() - 1);
    }
    return Optional.of(new Arg(null, second));
  }

  /**
   * Resolves a port expression: a literal, a module constant, {@code int(...)} around either, or
   * an environment read with a default.
   */
  private Optional<Port> resolve(PySource src, List<PyToken> tokens, int line, int depth) {
    if (depth > 3 || tokens.isEmpty()) {
      return Optional.empty();
    }
    if (tokens.size() == 1) {
      PyToken t = tokens.get(0);
      OptionalInt n = t.kind() == PyToken.Kind.NUMBER ? PySource.parseInt(t.text())
          : t.kind() == PyToken.Kind.STRING ? PySource.parseInt(t.value()) : OptionalInt.empty();
      if (n.isPresent()) {
        return validPort(n.getAsInt()).map(p -> new Port(p, null));
      }
      if (t.kind() == PyToken.Kind.NAME) {
        Optional<PySource.Assignment> a = src.assignment(t.text());
        if (a.isPresent()) {
          return resolve(src, a.get().value(), a.get().line(), depth + 1);
        }
      }
      return Optional.empty();
    }
    // An environment read inside the expression (int(os.getenv("PORT", 8000)) and the like).
    for (Call c : src.calls()) {
      if (c.line() < line || c.line() > line + tokens.get(tokens.size() - 1).line()
          - tokens.get(0).line()) {
        continue;
      }
      Optional<Port> env = envRead(c, src);
      if (env.isPresent() && env.get().number() > 0) {
        return env;
      }
    }
    // int(PORT) or str(8000)
    if (tokens.size() >= 4 && tokens.get(0).kind() == PyToken.Kind.NAME
        && tokens.get(1).isOp("(") && tokens.get(tokens.size() - 1).isOp(")")) {
      return resolve(src, tokens.subList(2, tokens.size() - 1), line, depth + 1);
    }
    return Optional.empty();
  }

  /** {@code os.environ.get("PORT", "8080")}, {@code os.getenv("APP_PORT", 80)} and the like. */
  private static Optional<Port> envRead(Call c, PySource src) {
    String q = src.qualify(c.callee());
    boolean env = q.equals("os.environ.get") || q.equals("os.getenv") || q.endsWith("environ.get")
        || q.equals("os.environ.setdefault") || q.endsWith("environ.__getitem__");
    if (!env) {
      return Optional.empty();
    }
    Optional<String> var = c.positional(0).flatMap(Arg::string);
    if (var.isEmpty() || !var.get().toUpperCase(java.util.Locale.ROOT).endsWith("PORT")) {
      return Optional.empty();
    }
    Optional<Arg> def = c.positional(1).or(() -> c.kwarg("default"));
    OptionalInt n = def.flatMap(d -> d.integer().isPresent() ? Optional.of(d.integer().getAsInt())
        : d.string().map(s -> PySource.parseInt(s).orElse(-1))).map(OptionalInt::of)
        .orElse(OptionalInt.empty());
    int port = n.isPresent() && validPort(n.getAsInt()).isPresent() ? n.getAsInt() : 0;
    return Optional.of(new Port(port, var.get()));
  }

  /** The environment variable the program reads its port from, anywhere in its entry file. */
  Optional<String> portEnvVar() {
    if (entry.file() == null || !files.exists(entry.file())) {
      return Optional.empty();
    }
    PySource src = files.source(entry.file());
    return src.calls().stream().map(c -> envRead(c, src)).flatMap(Optional::stream)
        .map(Port::envVar).findFirst();
  }

  private static Optional<Integer> validPort(int n) {
    return n > 0 && n < 65536 ? Optional.of(n) : Optional.empty();
  }

  private Optional<Detected<Port>> portInConfig() {
    Optional<String> procfile = files.read("Procfile");
    if (procfile.isPresent()) {
      for (String line : procfile.get().split("\n")) {
        if (line.strip().startsWith("web:")) {
          Matcher m = PORT_OPTION.matcher(line);
          if (m.find()) {
            return Optional.of(Detected.of(new Port(Integer.parseInt(m.group(1)), null),
                Confidence.HIGH, "Procfile", "the web process's port option"));
          }
        }
      }
    }
    if (files.exists(".streamlit/config.toml")) {
      TomlFile cfg = TomlFile.read(files.resolve(".streamlit/config.toml"),
          ".streamlit/config.toml");
      if (cfg.at("server", "port").isInt()) {
        return Optional.of(Detected.of(new Port(cfg.at("server", "port").asInt(), null),
            Confidence.HIGH, ".streamlit/config.toml", "[server] port"));
      }
    }
    for (String conf : List.of("gunicorn.conf.py", "gunicorn_config.py", "gunicorn.config.py",
        "gunicorn_conf.py")) {
      if (files.exists(conf)) {
        PySource src = PySourceScanner.scan(conf, files.read(conf).orElse(""));
        Optional<String> bind = src.assignment("bind").flatMap(a -> {
          for (PyToken t : a.value()) {
            if (t.kind() == PyToken.Kind.STRING && t.value().matches(".*:\\d+")) {
              return Optional.of(t.value());
            }
          }
          return Optional.empty();
        });
        if (bind.isPresent()) {
          String b = bind.get();
          return Optional.of(Detected.of(new Port(Integer.parseInt(b.substring(
              b.lastIndexOf(':') + 1)), null), Confidence.HIGH, conf, "bind = \"" + b + "\""));
        }
      }
    }
    return ExistingCompose.read(files).flatMap(ExistingCompose::containerPort)
        .map(p -> Detected.of(new Port(p.port(), null), Confidence.MEDIUM, p.file(),
            "the container port published by " + p.file()));
  }

  // ------------------------------------------------------------------------------------- health

  Detected<HealthCheck> health() {
    if (framework.healthPath() != null) {
      return Detected.of(HealthCheck.strict(framework.healthPath()), Confidence.HIGH, "default",
          framework.display() + "'s built-in health endpoint");
    }
    Map<String, String> routes = routes();
    Optional<Map.Entry<String, String>> best = routes.entrySet().stream()
        .filter(e -> healthRank(e.getKey()) >= 0)
        .min(java.util.Comparator.comparingInt((Map.Entry<String, String> e) ->
            healthRank(e.getKey())).thenComparingInt(e -> e.getKey().length()));
    if (best.isPresent()) {
      String src = best.get().getValue();
      Confidence conf = src.endsWith("?") ? Confidence.MEDIUM : Confidence.HIGH;
      String where = src.endsWith("?") ? src.substring(0, src.length() - 1) : src;
      return Detected.of(HealthCheck.strict(best.get().getKey()), conf, where,
          "route " + best.get().getKey() + " declared in " + where
          + (conf == Confidence.MEDIUM ? " (a router prefix may apply)" : ""));
    }
    if (framework == Framework.MCP || framework == Framework.FASTMCP) {
      return Detected.of(HealthCheck.lenient("/mcp"), Confidence.MEDIUM, "default",
          "the MCP streamable HTTP endpoint answers without a session (with a 4xx)");
    }
    return Detected.byDefault(HealthCheck.lenient("/"), "no health endpoint found; the check "
        + "only asks that the server answers");
  }

  /** Index in {@link #HEALTH_NAMES} of the path's last segment, or -1. */
  static int healthRank(String path) {
    if (path.contains("{") || path.contains("<") || path.contains("*")) {
      return -1;
    }
    String p = path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1)
        : path;
    String last = p.substring(p.lastIndexOf('/') + 1).toLowerCase(java.util.Locale.ROOT);
    int rank = HEALTH_NAMES.indexOf(last);
    if (rank < 0) {
      return -1;
    }
    // /api/health is good, /users/status is probably not a health endpoint.
    int depth = p.split("/").length - 1;
    return depth == 1 ? rank : (last.startsWith("health") || last.endsWith("z")
        ? rank + 20 : -1);
  }

  /**
   * Declared routes: path to where ({@code file:line}, suffixed with {@code ?} when a prefix
   * of a router or an include may apply).
   */
  Map<String, String> routes() {
    Map<String, String> out = new LinkedHashMap<>();
    for (String file : files.pythonFiles()) {
      PySource src = files.source(file);
      Map<String, String> prefixes = routerPrefixes(src);
      Set<String> appVars = appVariables(src);
      for (Call c : src.calls()) {
        String path = routePath(c, src);
        if (path == null) {
          continue;
        }
        String where = file + ":" + c.line();
        String receiver = c.receiver();
        if (c.method().equals("path") || c.method().equals("re_path")) {
          boolean rootConf = file.endsWith("urls.py") && isRootUrlconf(file);
          out.putIfAbsent(path, where + (rootConf ? "" : "?"));
        } else if (appVars.contains(receiver) || receiver.isEmpty()) {
          out.putIfAbsent(path, where);
        } else {
          String prefix = prefixes.getOrDefault(receiver, "");
          out.putIfAbsent(join(prefix, path), where + "?");
        }
      }
      // http.server handlers compare self.path with literals.
      boolean handler = src.classes().stream().anyMatch(k -> k.bases().stream()
          .anyMatch(b -> b.endsWith("BaseHTTPRequestHandler")
              || b.endsWith("SimpleHTTPRequestHandler") || b.endsWith("RequestHandler")));
      if (handler) {
        for (PyToken s : src.strings()) {
          if (s.value().startsWith("/") && healthRank(s.value()) >= 0) {
            out.putIfAbsent(s.value(), file + ":" + s.line());
          }
        }
      }
    }
    return out;
  }

  private static String routePath(Call c, PySource src) {
    String m = c.method();
    boolean django = (m.equals("path") || m.equals("re_path"))
        && src.qualify(c.callee()).startsWith("django.urls");
    if (!ROUTE_METHODS.contains(m) && !m.equals("Route") && !django) {
      return null;
    }
    if (m.equals("get") && !c.decorator()) {
      return null; // dict.get("x") and requests.get("/x") are not routes
    }
    Optional<String> p = c.positional(0).flatMap(Arg::string)
        .or(() -> c.kwarg("path").flatMap(Arg::string))
        .or(() -> c.kwarg("rule").flatMap(Arg::string));
    if (p.isEmpty()) {
      return null;
    }
    String path = p.get();
    if (django) {
      path = "/" + path.replaceAll("^\\^", "").replaceAll("\\$$", "").replace("/?", "/");
    }
    return path.startsWith("/") ? path : null;
  }

  private static String join(String prefix, String path) {
    if (prefix.isEmpty()) {
      return path;
    }
    String p = prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix;
    return p + (path.equals("/") ? "" : path);
  }

  /** Routers and blueprints created with a prefix in this file. */
  private static Map<String, String> routerPrefixes(PySource src) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Call c : src.calls()) {
      if (c.assignedTo() == null) {
        continue;
      }
      Optional<String> prefix = c.kwarg("prefix").flatMap(Arg::string)
          .or(() -> c.kwarg("url_prefix").flatMap(Arg::string));
      prefix.ifPresent(p -> out.put(c.assignedTo(), p));
    }
    return out;
  }

  /** Names bound to an application object in this file. */
  private static Set<String> appVariables(PySource src) {
    Set<String> out = new java.util.HashSet<>();
    for (Call c : src.calls()) {
      String q = src.qualify(c.callee());
      if (c.assignedTo() != null && (q.endsWith("FastAPI") || q.endsWith("Flask")
          || q.endsWith("Starlette") || q.endsWith("FastMCP") || q.endsWith("Quart"))) {
        out.add(c.assignedTo());
      }
    }
    return out;
  }

  private boolean isRootUrlconf(String urlsFile) {
    // The root urlconf sits next to the settings (a project package), not in an app.
    String dir = urlsFile.contains("/") ? urlsFile.substring(0, urlsFile.lastIndexOf('/')) : "";
    return files.exists((dir.isEmpty() ? "" : dir + "/") + "settings.py")
        || files.isDirectory((dir.isEmpty() ? "" : dir + "/") + "settings")
        || files.exists((dir.isEmpty() ? "" : dir + "/") + "wsgi.py")
        || files.exists((dir.isEmpty() ? "" : dir + "/") + "asgi.py");
  }
}
