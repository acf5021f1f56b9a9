package dev.dockwright.rules.python;

import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.model.EnvStep;
import dev.dockwright.model.Stage;
import dev.dockwright.model.Variable;
import dev.dockwright.shell.ast.Word;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@RuleSpec(
    code = "DW5004",
    name = "DevelopmentServer",
    severity = Severity.WARNING,
    origin = Origin.DOCKWRIGHT,
    summary = "The image runs a development server, auto-reload or debug mode.",
    rationale = """
        Development servers are built for one developer: `flask run` (Werkzeug), \
        `manage.py runserver`, `fastapi dev` and the `gradio` CLI serve one request at a time \
        or reload on file changes, are not hardened, and say so in their own documentation. \
        `--reload` runs a file watcher beside the server (CPU, and a restart whenever \
        something writes a file next to the code), `streamlit run --server.runOnSave true` \
        reruns the app on writes, and debug modes (`FLASK_DEBUG=1`, `DEBUG=True` for Django, \
        `--debug`) expose an interactive debugger or stack traces with settings to anyone \
        who can reach the port. Ship a production server (gunicorn, uvicorn without \
        `--reload`, `fastapi run`) and keep debug settings out of the image.""",
    bad = """
        FROM python:3.12-slim
        COPY . /app
        WORKDIR /app
        ENV FLASK_DEBUG=1
        CMD ["flask", "run", "--host", "0.0.0.0"]
        """,
    good = """
        FROM python:3.12-slim
        COPY . /app
        WORKDIR /app
        CMD ["gunicorn", "--bind", "0.0.0.0:8000", "app:app"]
        """)
public final class DevelopmentServer implements Rule {

  /** Servers whose reload flag is {@code --reload}. */
  private static final Set<PythonServer> RELOADERS = Set.of(PythonServer.UVICORN,
      PythonServer.GUNICORN, PythonServer.HYPERCORN, PythonServer.GRANIAN, PythonServer.FASTAPI,
      PythonServer.LITESTAR, PythonServer.SANIC, PythonServer.FLASK);

  /** Debug switches in ENV, and the values that turn them on. */
  private static final Map<String, String> DEBUG_VARIABLES = Map.of(
      "FLASK_DEBUG", "Flask's debugger", "FLASK_ENV", "Flask's development mode",
      "DEBUG", "debug mode", "DJANGO_DEBUG", "Django's debug mode",
      "UVICORN_RELOAD", "uvicorn's auto-reload", "STREAMLIT_SERVER_RUN_ON_SAVE",
      "Streamlit's rerun on save");

  @Override
  public void check(RuleContext context) {
    List<Launch> launches = ImageStart.of(context.model());
    for (Launch launch : launches) {
      checkLaunch(context, launch);
    }
    Optional<Stage> last = context.model().finalStage();
    if (last.isEmpty() || launches.isEmpty() && last.get().facts().python().isEmpty()) {
      return; // debug variables only matter to a Python image
    }
    Map<String, String> finalEnv = last.get().endContext().scope().env();
    for (Stage s : ImageFiles.chain(last.get())) {
      for (EnvStep env : s.steps(EnvStep.class)) {
        for (Variable v : env.variables()) {
          String what = DEBUG_VARIABLES.get(v.name());
          if (what != null && turnsOn(v.name(), v.value())
              && v.value().equals(finalEnv.get(v.name()))) {
            context.report(v.pair().range(), v.name() + "=" + v.value() + " ships " + what
                + " in the image; set it at run time for development only.");
          }
        }
      }
    }
  }

  private static void checkLaunch(RuleContext context, Launch launch) {
    PythonServer server = launch.server();
    switch (server) {
      case FLASK -> context.report(launch.range(), "flask run starts Werkzeug's development"
          + " server, which is not meant for production. Serve the app with gunicorn (or"
          + " waitress).");
      case FASTAPI_DEV -> context.report(launch.range(), "fastapi dev runs with auto-reload"
          + " and listens on 127.0.0.1; use fastapi run in an image.");
      case DJANGO -> context.report(launch.range(), "manage.py runserver is Django's"
          + " development server (\"do not use in production\"). Serve the project with"
          + " gunicorn or uvicorn.");
      case GRADIO -> context.report(launch.range(), "The gradio command runs the app in reload"
          + " mode; start it with python instead.");
      default -> {
        // production servers: only their reload and debug switches
      }
    }
    if (RELOADERS.contains(server)) {
      Flags.flag(launch, "--reload", "--auto-reload", "--dev").filter(w -> !negated(w))
          .ifPresent(w -> context.report(launch.range(w), server.display() + " "
              + w.unquoted() + " watches the source and restarts the server on changes: a"
              + " development setting. Remove it from the image."));
    }
    if (server == PythonServer.FLASK || server == PythonServer.SANIC
        || server == PythonServer.LITESTAR) {
      debugFlag(launch).ifPresent(w -> context.report(launch.range(w), server.display()
          + " --debug turns on debug mode: tracebacks (and for Flask an interactive"
          + " debugger) for anyone who reaches the port."));
    }
    if (server == PythonServer.STREAMLIT) {
      StreamlitConfig.option(launch, "server.runOnSave")
          .filter(o -> o.range().isPresent() && truthy(o.value()))
          .filter(o -> o.setBy().startsWith("--"))
          .ifPresent(o -> context.report(o.range().get(), "--server.runOnSave reruns the app"
              + " whenever a file changes: a development setting."));
    }
  }

  /** {@code --debug} anywhere on the command line ({@code flask --debug run}). */
  private static Optional<Word> debugFlag(Launch launch) {
    return launch.argv().stream().filter(w -> w.is("--debug")).findFirst();
  }

  private static boolean negated(Word w) {
    String t = w.unquoted().toLowerCase(Locale.ROOT);
    return t.endsWith("=false") || t.endsWith("=0");
  }

  private static boolean turnsOn(String name, String value) {
    if (name.equals("FLASK_ENV")) {
      return value.equalsIgnoreCase("development");
    }
    return truthy(value);
  }

  private static boolean truthy(String value) {
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "1", "true", "yes", "on" -> true;
      default -> false;
    };
  }
}
