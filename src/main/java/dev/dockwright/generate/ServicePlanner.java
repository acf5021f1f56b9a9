package dev.dockwright.generate;

import dev.dockwright.python.Dependencies;
import dev.dockwright.python.Entrypoint;
import dev.dockwright.python.Entrypoint.Kind;
import dev.dockwright.python.Framework;
import dev.dockwright.python.HealthCheck;
import dev.dockwright.python.PackageManager;
import dev.dockwright.python.Project;
import dev.dockwright.python.ShellWords;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a detected project and the target platform into a {@link ServicePlan}: the server
 * command bound to 0.0.0.0, the port contract of the target, the health check, the user.
 */
public final class ServicePlanner {
  private static final String ANY_HOST = "0.0.0.0";

  private ServicePlanner() {}

  public static ServicePlan plan(Project p, InitOptions o) {
    List<String> notes = new ArrayList<>();
    Target target = o.target();
    Dependencies deps = p.dependencies().value();
    Framework fw = p.framework().value();
    Entrypoint entry = p.entrypoint().value();

    int port = switch (target) {
      case HF_SPACES -> p.spaces().appPort() != null ? p.spaces().appPort() : 7860;
      case CLOUD_RUN -> 8080;
      case PORT_8080 -> 8080;
      case GENERIC -> p.port().value();
    };
    if (target != Target.GENERIC && p.port().confidence().atLeast(
        dev.dockwright.python.Confidence.MEDIUM) && p.port().value() != port
        && !listensWhereTold(entry, fw, p)) {
      notes.add("the code listens on port " + p.port().value() + " (" + p.port().source()
          + ") but " + target.id() + " needs " + port + ": make the port configurable ("
          + "read $PORT) or change it");
    }

    boolean http = p.servesHttp().value() || target != Target.GENERIC;
    if (!p.servesHttp().value() && target != Target.GENERIC) {
      notes.add("no server found in the code, but " + target.id() + " needs one answering HTTP "
          + "on port " + port);
    }
    ServicePlan.User user = target == Target.HF_SPACES
        ? new ServicePlan.User("user", 1000, "/home/user")
        : new ServicePlan.User("app", 10001, "/home/app");
    String appDir = target == Target.HF_SPACES ? "/home/user/app" : "/app";
    String workdir = entry.importRoot().isEmpty() || !usesImportRoot(entry) ? appDir
        : appDir + "/" + entry.importRoot();

    List<String> extra = new ArrayList<>();
    Map<String, String> env = new LinkedHashMap<>();
    List<String> why = new ArrayList<>();
    List<String> cmd = command(p, target, port, extra, env, why, notes);

    HealthCheck health = p.health().value();
    if (target == Target.PORT_8080 && !health.path().equals("/health")) {
      notes.add("the port-8080 target requires GET /health; the app "
          + (p.health().source().equals("default") ? "has no health endpoint we could find"
          : "serves health on " + health.path()) + ": add a /health route answering 200");
      health = HealthCheck.strict("/health");
    } else if (fw == Framework.DJANGO && health.strict()) {
      // Django answers 400 to a Host header missing from ALLOWED_HOSTS: only a 5xx means down.
      health = HealthCheck.lenient(health.path());
    }
    List<String> check = List.of("python", "-c", healthcheckCode(health, target, port));
    String timing = target == Target.PORT_8080
        ? "--interval=5s --timeout=3s --start-period=30s --retries=3"
        : "--interval=10s --timeout=3s --start-period=20s --retries=3";

    boolean installProject = entry.kind() == Kind.CONSOLE_SCRIPT || deps.needsSourceForDeps()
        || (deps.manager() == PackageManager.UV && deps.uvWorkspace());
    boolean nothingToInstall = deps.isEmpty() && extra.isEmpty() && !installProject;
    boolean multi = !o.singleStage() && !nothingToInstall;
    if (!o.singleStage() && nothingToInstall) {
      notes.add("no dependencies to install: one stage is enough");
    }
    String image = o.baseImage() != null ? o.baseImage()
        : "python:" + p.python().value() + "-slim";
    boolean collectstatic = fw == Framework.DJANGO && p.django() != null
        && p.django().staticRoot();
    if (fw == Framework.DJANGO && !collectstatic) {
      notes.add("Django: STATIC_ROOT is not set, so collectstatic is left out; gunicorn does not "
          + "serve static files (consider WhiteNoise)");
    }
    if (deps.lockFile() == null && !deps.names().isEmpty()) {
      notes.add("no lock file: versions are resolved at build time, so two builds may differ");
    }
    if (target == Target.HF_SPACES) {
      notes.addAll(spacesNotes(p, port));
    }
    return new ServicePlan(p, target, image, multi, appDir, workdir, http, port, cmd, why, env,
        health, check, timing, extra, installProject, user, collectstatic, notes);
  }

  /** Entry kinds that are imported relative to the working directory. */
  private static boolean usesImportRoot(Entrypoint e) {
    return switch (e.kind()) {
      case ASGI_APP, WSGI_APP, PYTHON_MODULE, MCP_SERVER -> true;
      default -> false;
    };
  }

  /** Whether the generated command tells the server its port (so the code's own port is moot). */
  private static boolean listensWhereTold(Entrypoint e, Framework fw, Project p) {
    return switch (e.kind()) {
      case ASGI_APP, WSGI_APP, STREAMLIT_SCRIPT, FASTMCP_SERVER, MCP_SERVER -> true;
      case PYTHON_SCRIPT -> fw == Framework.GRADIO || fw == Framework.MCP
          || p.portEnvVar() != null;
      default -> p.portEnvVar() != null;
    };
  }

  // ------------------------------------------------------------------------------------ command

  private static List<String> command(Project p, Target target, int port, List<String> extra,
      Map<String, String> env, List<String> why, List<String> notes) {
    Dependencies deps = p.dependencies().value();
    Entrypoint e = p.entrypoint().value();
    Framework fw = p.framework().value();
    boolean cloudRun = target == Target.CLOUD_RUN;
    String portWord = cloudRun ? "$PORT" : String.valueOf(port);
    if (cloudRun) {
      env.put("PORT", String.valueOf(port));
    }
    List<String> argv = new ArrayList<>();
    switch (e.kind()) {
      case ASGI_APP -> {
        if (deps.has("gunicorn")) {
          String worker = deps.has("uvicorn-worker") ? "uvicorn_worker.UvicornWorker"
              : "uvicorn.workers.UvicornWorker";
          if (!deps.has("uvicorn-worker")) {
            notes.add("uvicorn.workers is deprecated in favour of the uvicorn-worker package; "
                + "add it to the dependencies and use uvicorn_worker.UvicornWorker");
          }
          if (!deps.has("uvicorn")) {
            extra.add(ToolVersions.UVICORN);
          }
          argv.addAll(List.of("gunicorn", e.target(), "--worker-class", worker));
          gunicornBind(argv, cloudRun, port, why);
          why.add("gunicorn manages uvicorn worker processes (gunicorn is a dependency); "
              + "WEB_CONCURRENCY sets their number");
          return argv;
        }
        if (deps.has("hypercorn") && !deps.has("uvicorn")) {
          argv.addAll(List.of("hypercorn", e.target(), "--bind", ANY_HOST + ":" + portWord));
          why.add("hypercorn (the project's ASGI server) on all interfaces");
          return shellIfNeeded(argv, cloudRun, why, "hypercorn");
        }
        if (!deps.has("uvicorn")) {
          extra.add(ToolVersions.UVICORN);
          notes.add("uvicorn is not among the dependencies: the image installs "
              + ToolVersions.UVICORN + " (better: add it to the project)");
        }
        boolean factory = e.factory();
        argv.addAll(List.of("uvicorn", factory ? stripCall(e.target()) : e.target()));
        if (factory) {
          argv.add("--factory");
        }
        argv.addAll(List.of("--host", ANY_HOST, "--port", portWord));
        why.add("uvicorn serves the ASGI app on all interfaces; WEB_CONCURRENCY sets workers");
        return shellIfNeeded(argv, cloudRun, why, "uvicorn");
      }
      case WSGI_APP -> {
        if (!deps.has("gunicorn")) {
          extra.add(ToolVersions.GUNICORN);
          notes.add("gunicorn is not among the dependencies: the image installs "
              + ToolVersions.GUNICORN + " (better: add it to the project)");
        }
        argv.addAll(List.of("gunicorn", e.target()));
        gunicornBind(argv, cloudRun, port, why);
        why.add("gunicorn is a production WSGI server (never the framework's development "
            + "server); WEB_CONCURRENCY sets the number of workers");
        return argv;
      }
      case STREAMLIT_SCRIPT -> {
        argv.addAll(List.of("streamlit", "run", e.target(), "--server.address=" + ANY_HOST,
            "--server.port=" + portWord, "--server.headless=true",
            "--browser.gatherUsageStats=false"));
        why.add("Streamlit on all interfaces, headless (no browser, no prompts)");
        return shellIfNeeded(argv, cloudRun, why, "streamlit");
      }
      case FASTMCP_SERVER -> {
        argv.addAll(List.of("fastmcp", "run", e.target(), "--transport", "http", "--host",
            ANY_HOST, "--port", portWord));
        why.add("FastMCP's runner serves the MCP server over streamable HTTP on all interfaces");
        return shellIfNeeded(argv, cloudRun, why, "fastmcp");
      }
      case MCP_SERVER -> {
        String module = e.module();
        String obj = e.target().substring(e.target().indexOf(':') + 1);
        argv.addAll(List.of("python", "-c", "from " + module + " import " + obj + "; " + obj
            + ".run(transport='streamable-http')"));
        mcpEnv(env, cloudRun, port);
        why.add("the MCP server over streamable HTTP; FASTMCP_HOST/FASTMCP_PORT bind it");
        return envFromPort(argv, cloudRun, "FASTMCP_PORT", env, why);
      }
      case PYTHON_SCRIPT, PYTHON_MODULE, CONSOLE_SCRIPT -> {
        if (e.kind() == Kind.PYTHON_SCRIPT) {
          argv.addAll(List.of("python", e.target()));
        } else if (e.kind() == Kind.PYTHON_MODULE) {
          argv.addAll(List.of("python", "-m", e.target()));
        } else {
          argv.add(e.target());
        }
        if (fw == Framework.GRADIO) {
          env.put("GRADIO_SERVER_NAME", ANY_HOST);
          env.put("GRADIO_SERVER_PORT", String.valueOf(port));
          why.add("Gradio reads its address and port from GRADIO_SERVER_NAME/_PORT");
          return envFromPort(argv, cloudRun, "GRADIO_SERVER_PORT", env, why);
        }
        if (fw == Framework.MCP) {
          mcpEnv(env, cloudRun, port);
          why.add("the MCP server reads its address and port from FASTMCP_HOST/FASTMCP_PORT");
          return envFromPort(argv, cloudRun, "FASTMCP_PORT", env, why);
        }
        String var = p.portEnvVar();
        if (var != null) {
          env.put(var, String.valueOf(port));
          why.add("the program reads its port from $" + var);
          return envFromPort(argv, cloudRun, var, env, why);
        }
        if (!p.servesHttp().value()) {
          why.add("the program runs as is");
          return argv;
        }
        notes.add("the program does not read its port from the environment: it must listen on "
            + ANY_HOST + ":" + port + " by itself"
            + (cloudRun ? "; Cloud Run sends traffic to $PORT, so read it" : ""));
        why.add("the program starts its own server");
        return argv;
      }
      case COMMAND -> {
        argv.addAll(e.command());
        why.add("the Procfile's web process");
        boolean usesPort = argv.stream().anyMatch(w -> w.contains("$PORT")
            || w.contains("${PORT"));
        if (usesPort) {
          env.putIfAbsent("PORT", String.valueOf(port));
          return List.of("sh", "-c", "exec " + String.join(" ", argv));
        }
        return argv;
      }
      default -> throw new IllegalStateException(e.kind().toString());
    }
  }

  private static void gunicornBind(List<String> argv, boolean cloudRun, int port,
      List<String> why) {
    if (cloudRun) {
      why.add("without --bind, gunicorn listens on 0.0.0.0:$PORT by itself, so the exec form "
          + "works and gunicorn stays PID 1");
    } else {
      argv.addAll(List.of("--bind", ANY_HOST + ":" + port));
    }
  }

  private static void mcpEnv(Map<String, String> env, boolean cloudRun, int port) {
    env.put("FASTMCP_HOST", ANY_HOST);
    env.put("FASTMCP_PORT", String.valueOf(port));
  }

  /**
   * Cloud Run's port arrives in {@code $PORT}, which exec form cannot expand: a shell expands
   * it, and {@code exec} replaces that shell with the server so the server is PID 1 and gets
   * SIGTERM itself.
   */
  private static List<String> shellIfNeeded(List<String> argv, boolean cloudRun, List<String> why,
      String server) {
    if (!cloudRun) {
      return argv;
    }
    why.add("Cloud Run passes the port in $PORT: `sh -c` expands it and `exec` replaces the "
        + "shell with " + server + ", which stays PID 1 and receives SIGTERM directly");
    return List.of("sh", "-c", "exec " + shellJoin(argv));
  }

  /** Copies $PORT into the variable the program reads, then execs it (Cloud Run only). */
  private static List<String> envFromPort(List<String> argv, boolean cloudRun, String var,
      Map<String, String> env, List<String> why) {
    if (!cloudRun || var.equals("PORT")) {
      return argv;
    }
    env.remove(var);
    why.add("Cloud Run passes the port in $PORT: the shell copies it to $" + var + " and `exec` "
        + "replaces itself with the program, which stays PID 1 and receives SIGTERM directly");
    return List.of("sh", "-c", "export " + var + "=\"$PORT\"; exec " + shellJoin(argv));
  }

  private static String shellJoin(List<String> argv) {
    List<String> words = new ArrayList<>();
    for (String w : argv) {
      if (w.equals("$PORT")) {
        words.add("\"$PORT\"");
      } else if (w.endsWith("=$PORT")) {
        words.add(w.substring(0, w.length() - "$PORT".length()) + "\"$PORT\"");
      } else {
        words.add(ShellWords.quote(w));
      }
    }
    return String.join(" ", words);
  }

  private static String stripCall(String target) {
    return target.endsWith("()") ? target.substring(0, target.length() - 2) : target;
  }

  // ------------------------------------------------------------------------------------- health

  /**
   * A health probe in one line of Python using only http.client, so the image needs no curl.
   * It exits 1 on a refused connection, a timeout, or a status at or above the threshold.
   */
  public static String healthcheckCode(HealthCheck h, Target target, int port) {
    String portExpr = target == Target.CLOUD_RUN ? "int(os.environ.get('PORT', '" + port + "'))"
        : String.valueOf(port);
    String imports = target == Target.CLOUD_RUN ? "import http.client as h, os"
        : "import http.client as h";
    String path = h.path().replace("\\", "\\\\").replace("'", "\\'");
    return imports + "; c = h.HTTPConnection('127.0.0.1', " + portExpr + ", timeout=3); "
        + "c.request('GET', '" + path + "'); "
        + "raise SystemExit(c.getresponse().status >= " + (h.strict() ? 400 : 500) + ")";
  }

  private static List<String> spacesNotes(Project p, int port) {
    List<String> out = new ArrayList<>();
    var s = p.spaces();
    boolean ok = s.hasFrontMatter() && "docker".equals(s.sdk())
        && (port == 7860 ? s.appPort() == null || s.appPort() == 7860 : Integer.valueOf(port)
            .equals(s.appPort()));
    if (!ok) {
      out.add("Hugging Face Spaces read their settings from the front matter of README.md; "
          + (s.hasFrontMatter() ? "make sure it has" : "add at the top") + ":\n"
          + spacesFrontMatter(p, port));
    }
    return out;
  }

  /** The README front matter block a Docker Space needs. */
  public static String spacesFrontMatter(Project p, int port) {
    return "---\n"
        + "title: " + p.name() + "\n"
        + "sdk: docker\n"
        + "app_port: " + port + "\n"
        + "---";
  }
}
