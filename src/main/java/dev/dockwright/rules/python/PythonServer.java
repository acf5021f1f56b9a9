package dev.dockwright.rules.python;

import dev.dockwright.shell.ResolvedCommand;
import dev.dockwright.shell.ast.Word;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The Python web servers and framework launchers the service rules know, with what each does
 * when a flag is left out: where it listens, how to ask for reload, whether it is a development
 * server. Defaults are the servers' documented ones (uvicorn, hypercorn, granian, daphne, flask,
 * sanic, litestar and Django's runserver listen on 127.0.0.1 unless told otherwise).
 */
enum PythonServer {
  UVICORN("uvicorn"),
  GUNICORN("gunicorn"),
  HYPERCORN("hypercorn"),
  GRANIAN("granian"),
  DAPHNE("daphne"),
  WAITRESS("waitress-serve"),
  SANIC("sanic"),
  UWSGI("uwsgi"),
  FLASK("flask run"),
  FASTAPI("fastapi run"),
  FASTAPI_DEV("fastapi dev"),
  STREAMLIT("streamlit run"),
  GRADIO("gradio"),
  DJANGO("runserver"),
  LITESTAR("litestar run"),
  JUPYTER("jupyter"),
  MLFLOW("mlflow server"),
  /** {@code python app.py}, {@code python -m app}: a Python program, server or not. */
  PYTHON("python");

  private final String display;

  PythonServer(String display) {
    this.display = display;
  }

  /** How the server is named in messages ({@code flask run}). */
  String display() {
    return display;
  }

  /** A known server program rather than a Python program that may or may not serve. */
  boolean isKnownServer() {
    return this != PYTHON;
  }

  /**
   * A recognised start command: the server, and the words that are its options and operands
   * (after the subcommand: {@code flask run --host x} gives {@code --host x}).
   */
  record Match(PythonServer server, ResolvedCommand command, List<Word> args) {}

  /** Programs that run the command after them ({@code uv run uvicorn ...}). */
  private static final Set<String> RUNNERS = Set.of("poetry", "uv", "pipenv", "pdm", "hatch", "rye");

  /** Options of those runners and of instrumentation wrappers that take a value. */
  private static final Set<String> RUNNER_VALUE_OPTIONS = Set.of(
      "--with", "--python", "-p", "--project", "--directory", "--extra", "--group", "--env-file",
      "--package", "--index", "--with-requirements", "-C", "--only-group", "-e", "--env");

  /** Wrappers that start their operands as a command: tracing agents, process supervisors. */
  private static final Set<String> INSTRUMENTERS =
      Set.of("opentelemetry-instrument", "ddtrace-run", "scalene", "memray");

  static Optional<Match> recognise(ResolvedCommand c) {
    return recognise(c, 0);
  }

  private static Optional<Match> recognise(ResolvedCommand c, int depth) {
    String program = c.program();
    if (program == null || depth > 4) {
      return Optional.empty();
    }
    List<Word> args = c.args();
    String first = firstOperand(args).orElse("");
    switch (program) {
      case "uvicorn":
        return match(UVICORN, c, args);
      case "gunicorn":
        return match(GUNICORN, c, args);
      case "hypercorn":
        return match(HYPERCORN, c, args);
      case "granian":
        return match(GRANIAN, c, args);
      case "daphne":
        return match(DAPHNE, c, args);
      case "waitress-serve":
        return match(WAITRESS, c, args);
      case "sanic":
        return match(SANIC, c, args);
      case "uwsgi":
        return match(UWSGI, c, args);
      case "gradio":
        return match(GRADIO, c, args);
      case "jupyter-lab", "jupyter-notebook":
        return match(JUPYTER, c, args);
      case "flask":
        return first.equals("run") ? match(FLASK, c, args) : Optional.empty();
      case "fastapi":
        return first.equals("run") ? match(FASTAPI, c, args)
            : first.equals("dev") ? match(FASTAPI_DEV, c, args) : Optional.empty();
      case "streamlit":
        return first.equals("run") ? match(STREAMLIT, c, args) : Optional.empty();
      case "litestar":
        return first.equals("run") ? match(LITESTAR, c, args) : Optional.empty();
      case "jupyter":
        return first.equals("lab") || first.equals("notebook") || first.equals("server")
            ? match(JUPYTER, c, args) : Optional.empty();
      case "mlflow":
        return first.equals("server") || first.equals("ui") ? match(MLFLOW, c, args)
            : Optional.empty();
      case "django-admin":
        return first.equals("runserver") ? match(DJANGO, c, args) : Optional.empty();
      case "python":
        if (first.endsWith("manage.py") && secondOperand(args).filter("runserver"::equals).isPresent()) {
          return match(DJANGO, c, args);
        }
        if (first.equals("-c") || args.stream().anyMatch(w -> w.is("-c"))) {
          return Optional.empty();
        }
        return first.isEmpty() ? Optional.empty() : match(PYTHON, c, args);
      case "newrelic-admin":
        return first.equals("run-program") || first.equals("run-python")
            ? unwrap(args, firstOperandIndex(args) + 1, depth) : Optional.empty();
      default:
        break;
    }
    if (RUNNERS.contains(program) && first.equals("run")) {
      return unwrap(args, skipOptions(args, firstOperandIndex(args) + 1), depth);
    }
    if (INSTRUMENTERS.contains(program)) {
      return unwrap(args, skipOptions(args, 0), depth);
    }
    if (program.endsWith("manage.py") && first.equals("runserver")) {
      return match(DJANGO, c, args);
    }
    if (c.name() != null && PYTHON_NAME.matcher(c.name()).matches()) {
      return match(PYTHON, c, args); // python -m some_module: the resolver named the module
    }
    return Optional.empty();
  }

  private static final java.util.regex.Pattern PYTHON_NAME =
      java.util.regex.Pattern.compile("python(\\d+(\\.\\d+)*)?[mdu]?");

  private static Optional<Match> unwrap(List<Word> args, int from, int depth) {
    if (from < 0 || from >= args.size()) {
      return Optional.empty();
    }
    return recognise(ResolvedCommand.of(args.subList(from, args.size())), depth + 1);
  }

  private static int firstOperandIndex(List<Word> args) {
    for (int i = 0; i < args.size(); i++) {
      if (!args.get(i).unquoted().startsWith("-")) {
        return i;
      }
    }
    return -1;
  }

  private static int skipOptions(List<Word> args, int from) {
    int i = from;
    while (i < args.size()) {
      String a = args.get(i).literalOrNull();
      if (a == null || !a.startsWith("-")) {
        return i;
      }
      if (a.equals("--")) {
        return i + 1;
      }
      i += RUNNER_VALUE_OPTIONS.contains(a) ? 2 : 1;
    }
    return i;
  }

  private static Optional<Match> match(PythonServer server, ResolvedCommand c, List<Word> args) {
    return Optional.of(new Match(server, c, args));
  }

  private static Optional<String> firstOperand(List<Word> args) {
    int i = firstOperandIndex(args);
    return i < 0 ? Optional.empty() : Optional.of(args.get(i).unquoted());
  }

  private static Optional<String> secondOperand(List<Word> args) {
    return args.stream().map(Word::unquoted).filter(a -> !a.startsWith("-")).skip(1).findFirst();
  }
}
