package dev.dockwright.rules.python;

import dev.dockwright.lint.Fix;
import dev.dockwright.lint.FixSafety;
import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.lint.TextEdit;
import dev.dockwright.model.EnvStep;
import dev.dockwright.model.Stage;
import dev.dockwright.model.Variable;
import dev.dockwright.syntax.Range;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@RuleSpec(
    code = "DW5003",
    name = "ServerBoundToLocalhost",
    severity = Severity.ERROR,
    origin = Origin.DOCKWRIGHT,
    summary = "The server listens on 127.0.0.1/localhost, which nothing outside the container can"
        + " reach.",
    rationale = """
        Inside a container, 127.0.0.1 is the container's own loopback interface: a published \
        port (`docker run -p 8000:8000`) forwards to the container's network interface, so a \
        server bound to localhost refuses every connection from the host, from other \
        containers and from a load balancer, while `curl localhost` inside the container \
        works. Several servers bind localhost unless told otherwise: uvicorn, hypercorn, \
        granian, daphne, sanic, litestar, `flask run`, `fastapi dev`, `mlflow server` and \
        Django's `runserver` (also `runserver 8000`). The rule reads the command line \
        (exec and shell form, `sh -c`, entrypoint scripts it can see), the variables the \
        servers read (`UVICORN_HOST`, `FLASK_RUN_HOST`, `STREAMLIT_SERVER_ADDRESS`, \
        `GRADIO_SERVER_NAME`, ...) and the servers' defaults. gunicorn without `--bind` is left \
        alone: it binds 0.0.0.0:$PORT when the platform sets PORT and may read a config file.""",
    bad = """
        FROM python:3.12-slim
        COPY . /app
        WORKDIR /app
        CMD ["uvicorn", "main:app", "--port", "8000"]
        """,
    good = """
        FROM python:3.12-slim
        COPY . /app
        WORKDIR /app
        CMD ["uvicorn", "main:app", "--host", "0.0.0.0", "--port", "8000"]
        """,
    fix = "Where the loopback address is written in a flag or ENV value, replaces it with"
        + " 0.0.0.0.",
    fixSafety = FixSafety.UNSAFE)
public final class ServerBoundToLocalhost implements Rule {

  /** Variables servers read their listen address from. */
  private static final List<String> HOST_VARIABLES = List.of("UVICORN_HOST", "GRANIAN_HOST",
      "FLASK_RUN_HOST", "STREAMLIT_SERVER_ADDRESS", "GRADIO_SERVER_NAME", "LITESTAR_HOST");

  @Override
  public void check(RuleContext context) {
    Set<Integer> reported = new HashSet<>();
    for (Launch launch : ImageStart.of(context.model())) {
      Optional<ServerBinding.Setting> host = ServerBinding.host(launch);
      if (host.isEmpty() || !ServerBinding.isLoopback(host.get().value())) {
        continue;
      }
      ServerBinding.Setting h = host.get();
      Range range = h.range().orElse(launch.range());
      if (!reported.add(range.startOffset())) {
        continue;
      }
      String server = launch.server().display();
      String message = switch (h.source()) {
        case DEFAULT -> server + " listens on " + h.value() + " unless told otherwise, so the"
            + " server cannot be reached from outside the container. Add "
            + hostFlag(launch.server()) + ".";
        case FLAG -> server + " " + h.name() + " " + h.value() + " makes the server reachable"
            + " only from inside the container. Bind 0.0.0.0.";
        case ENV -> h.name() + "=" + h.value() + " makes " + server + " reachable only from"
            + " inside the container. Set it to 0.0.0.0.";
      };
      report(context, range, message, h.value(), h.source() != ServerBinding.Source.DEFAULT);
    }
    // A loopback address in a server's variable, whatever starts the server.
    Optional<Stage> last = context.model().finalStage();
    if (last.isEmpty()) {
      return;
    }
    for (Stage s : ImageFiles.chain(last.get())) {
      for (EnvStep env : s.steps(EnvStep.class)) {
        for (Variable v : env.variables()) {
          if (HOST_VARIABLES.contains(v.name()) && ServerBinding.isLoopback(v.value())
              && last.get().endContext().scope().env().get(v.name()).equals(v.value())
              && reported.add(v.pair().range().startOffset())) {
            report(context, v.pair().range(), v.name() + "=" + v.value() + " makes the server"
                + " reachable only from inside the container. Set it to 0.0.0.0.", v.value(), true);
          }
        }
      }
    }
  }

  private static void report(RuleContext context, Range range, String message, String host,
      boolean written) {
    String text = context.text(range);
    int at = text.indexOf(host);
    if (written && at >= 0 && text.indexOf(host, at + 1) < 0) {
      int start = range.startOffset() + at;
      context.report(range, message, Fix.unsafe("Listen on 0.0.0.0",
          TextEdit.replace(start, start + host.length(), "0.0.0.0")));
    } else {
      context.report(range, message);
    }
  }

  private static String hostFlag(PythonServer server) {
    return switch (server) {
      case DJANGO -> "0.0.0.0:8000 after runserver";
      case HYPERCORN, DAPHNE -> "--bind 0.0.0.0";
      case SANIC -> "--host 0.0.0.0";
      case FLASK -> "--host 0.0.0.0 (or FLASK_RUN_HOST=0.0.0.0)";
      default -> "--host 0.0.0.0";
    };
  }
}
