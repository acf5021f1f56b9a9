package dev.dockwright.rules.python;

import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.model.Stage;
import dev.dockwright.model.Variable;
import dev.dockwright.syntax.Range;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

@RuleSpec(
    code = "DW5006",
    name = "StreamlitCorsXsrfConflict",
    severity = Severity.WARNING,
    origin = Origin.DOCKWRIGHT,
    summary = "Streamlit is started with enableCORS=false while XSRF protection is on, so CORS"
        + " stays on.",
    rationale = """
        Streamlit's XSRF protection needs CORS: when `server.enableXsrfProtection` is true \
        (its default), Streamlit overrides `server.enableCORS=false` back to true, printing \
        a warning at start-up that nobody sees in a container. The author wanted \
        cross-origin access (an embedding page, a proxy on another host) and does not get \
        it, and the setting looks applied. Set both explicitly: keep XSRF protection and drop \
        `enableCORS=false`, or turn XSRF protection off knowingly \
        (`--server.enableXsrfProtection=false`). Flags, `STREAMLIT_SERVER_*` variables and a \
        `.streamlit/config.toml` beside the Dockerfile are read, in Streamlit's order.""",
    bad = """
        FROM python:3.12-slim
        COPY . /app
        CMD ["streamlit", "run", "/app/app.py", "--server.enableCORS=false"]
        """,
    good = """
        FROM python:3.12-slim
        COPY . /app
        CMD ["streamlit", "run", "/app/app.py", "--server.enableCORS=false", "--server.enableXsrfProtection=false"]
        """)
public final class StreamlitCorsXsrfConflict implements Rule {

  private static final String CORS = "server.enableCORS";
  private static final String XSRF = "server.enableXsrfProtection";

  @Override
  public void check(RuleContext context) {
    boolean sawStreamlit = false;
    for (Launch launch : ImageStart.of(context.model())) {
      if (launch.server() != PythonServer.STREAMLIT) {
        continue;
      }
      sawStreamlit = true;
      Optional<StreamlitConfig.Option> cors = StreamlitConfig.option(launch, CORS);
      Optional<StreamlitConfig.Option> xsrf = StreamlitConfig.option(launch, XSRF);
      if (cors.isPresent() && isFalse(cors.get().value())
          && xsrf.map(x -> !isFalse(x.value())).orElse(true)) {
        report(context, cors.get().range().orElse(launch.range()), cors.get().setBy(),
            xsrf.map(x -> x.setBy() + "=" + x.value()).orElse("its default, true"));
      }
    }
    if (sawStreamlit) {
      return;
    }
    // No streamlit command we can see (a script starts it): the variables alone.
    Optional<Stage> last = context.model().finalStage();
    if (last.isEmpty()) {
      return;
    }
    Map<String, String> env = last.get().endContext().scope().env();
    String corsEnv = StreamlitConfig.envName(CORS);
    String xsrfEnv = StreamlitConfig.envName(XSRF);
    if (env.containsKey(corsEnv) && isFalse(env.get(corsEnv))
        && (!env.containsKey(xsrfEnv) || !isFalse(env.get(xsrfEnv)))) {
      Optional<Variable> v = ServerBinding.envDefinition(last.get(), corsEnv);
      v.ifPresent(variable -> report(context, variable.pair().range(), corsEnv,
          env.containsKey(xsrfEnv) ? xsrfEnv + "=" + env.get(xsrfEnv) : "its default, true"));
    }
  }

  private static void report(RuleContext context, Range range, String setBy, String xsrf) {
    context.report(range, setBy + " turns CORS off, but XSRF protection is on (" + xsrf
        + "), and Streamlit then turns CORS back on. Drop enableCORS=false, or also set"
        + " server.enableXsrfProtection=false.");
  }

  private static boolean isFalse(String value) {
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "false", "0", "no", "off" -> true;
      default -> false;
    };
  }
}
