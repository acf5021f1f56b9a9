package dev.dockwright.rules.python;

import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.model.CommandSpec;
import dev.dockwright.model.HealthcheckStep;
import dev.dockwright.model.PortSpec;
import dev.dockwright.model.Stage;
import dev.dockwright.model.Step;
import dev.dockwright.shell.ast.Span;
import dev.dockwright.syntax.Range;
import dev.dockwright.syntax.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

@RuleSpec(
    code = "DW5005",
    name = "PortMismatch",
    severity = Severity.WARNING,
    origin = Origin.DOCKWRIGHT,
    summary = "The server listens on another port than the image EXPOSEs or the HEALTHCHECK"
        + " probes.",
    rationale = """
        EXPOSE is what `docker run -P`, Compose, Kubernetes tooling and platforms such as \
        Hugging Face Spaces read to decide where the service is; a HEALTHCHECK that probes a \
        port nobody listens on marks a working container unhealthy forever, and orchestrators \
        restart it in a loop. The port a Python server really uses comes from its flags \
        (`--port`, `-b host:port`, `runserver 0.0.0.0:8000`, `--server.port`), the variables \
        it reads (`PORT` for gunicorn, `UVICORN_PORT`, `FLASK_RUN_PORT`, \
        `STREAMLIT_SERVER_PORT`, `GRADIO_SERVER_PORT`, ...) or its default (uvicorn 8000, \
        flask run 5000, streamlit 8501, waitress 8080). The EXPOSE comparison is skipped when \
        the image runs a reverse proxy or supervisor (nginx, supervisord, ...) in front of \
        the server; values only known at run time are never guessed.""",
    bad = """
        FROM python:3.12-slim
        COPY . /app
        WORKDIR /app
        EXPOSE 8080
        CMD ["uvicorn", "main:app", "--host", "0.0.0.0", "--port", "8000"]
        """,
    good = """
        FROM python:3.12-slim
        COPY . /app
        WORKDIR /app
        EXPOSE 8000
        HEALTHCHECK CMD python -c "import urllib.request; urllib.request.urlopen('http://localhost:8000/health')"
        CMD ["uvicorn", "main:app", "--host", "0.0.0.0", "--port", "8000"]
        """)
public final class PortMismatch implements Rule {

  private static final Pattern PROXY = Pattern.compile(
      "\\b(nginx|supervisor|supervisord|caddy|haproxy|traefik|apache2|httpd|envoy|circus)\\b");

  private static final String LOCAL = "(localhost|127\\.0\\.0\\.1|0\\.0\\.0\\.0|\\[::1\\])";
  private static final String PORT = "(\\d{1,5}|\\$\\{?[A-Za-z_][A-Za-z0-9_]*\\}?)";
  private static final List<Pattern> PROBES = List.of(
      Pattern.compile("(?i)\\b(https?)://" + LOCAL + "(?::" + PORT + ")?"),
      Pattern.compile("(?<![\\w/.:])()" + LOCAL + ":" + PORT + "\\b"),
      Pattern.compile("['\"]()" + LOCAL + "['\"]\\s*,\\s*" + PORT),
      Pattern.compile("\\b(?:nc|netcat)\\b[^|;&]*?\\s()" + LOCAL + "\\s+" + PORT));

  @Override
  public void check(RuleContext context) {
    Optional<Stage> last = context.model().finalStage();
    if (last.isEmpty()) {
      return;
    }
    Stage stage = last.get();
    boolean proxy = runsProxy(stage);
    List<PortSpec> exposed = stage.exposedPorts().stream()
        .filter(p -> p.isValid() && p.isTcp()).toList();
    Optional<Integer> reference = Optional.empty();
    String referenceText = "";
    int known = 0;
    for (Launch launch : ImageStart.servers(context.model())) {
      Optional<ServerBinding.Setting> port = ServerBinding.port(launch);
      Optional<Integer> number = port.flatMap(ServerBinding.Setting::asPort);
      if (number.isEmpty()) {
        continue;
      }
      known++;
      int p = number.get();
      ServerBinding.Setting setting = port.get();
      String how = launch.server().display() + " listens on " + p + describe(setting);
      reference = Optional.of(p);
      referenceText = how;
      if (!exposed.isEmpty() && !proxy && exposed.stream().noneMatch(e -> e.covers(p))) {
        context.report(setting.range().orElse(launch.range()), how + ", but the image EXPOSEs "
            + exposed.stream().map(PortSpec::text).collect(Collectors.joining(", "))
            + ". Make them the same port.");
      }
    }
    if (known > 1) {
      return; // several servers: which one the health check means is not ours to say
    }
    if (reference.isEmpty() && exposed.size() == 1 && !proxy
        && exposed.get(0).first().get() == exposed.get(0).last()) {
      reference = exposed.get(0).first();
      referenceText = "the image EXPOSEs " + reference.get();
    }
    Optional<HealthcheckStep> hc = stage.healthcheck();
    if (reference.isEmpty() || hc.isEmpty() || hc.get().command().isEmpty()) {
      return;
    }
    Map<String, String> env = stage.endContext().scope().env();
    for (Probe probe : probes(hc.get().command().get(), env)) {
      if (probe.port() != reference.get()) {
        context.report(probe.range(), "The HEALTHCHECK probes port " + probe.port() + ", but "
            + referenceText + ": the check will fail on a healthy container.");
      }
    }
  }

  private static String describe(ServerBinding.Setting s) {
    return switch (s.source()) {
      case FLAG -> " (" + s.name() + ")";
      case ENV -> " (" + s.name() + ")";
      case DEFAULT -> " (its default)";
    };
  }

  /** A reverse proxy or process supervisor anywhere in what the image runs or installs. */
  private static boolean runsProxy(Stage stage) {
    for (Stage s : ImageFiles.chain(stage)) {
      if (PROXY.matcher(s.baseText()).find()) {
        return true;
      }
      for (Step step : s.steps()) {
        if (PROXY.matcher(step.instruction().text()).find()) {
          return true;
        }
      }
    }
    return false;
  }

  private record Probe(int port, Range range) {}

  private static List<Probe> probes(CommandSpec command, Map<String, String> env) {
    List<Probe> out = new ArrayList<>();
    if (command instanceof CommandSpec.Shell shell) {
      scan(shell.source().text(), (Span s) -> shell.source().range(s), env, out);
    } else if (command instanceof CommandSpec.Exec exec) {
      for (Token t : exec.argv()) {
        scan(t.value(), s -> t.range(), env, out);
      }
    }
    return out;
  }

  private static void scan(String text, Function<Span, Range> locate, Map<String, String> env,
      List<Probe> out) {
    List<int[]> seen = new ArrayList<>();
    for (Pattern p : PROBES) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        int start = m.start();
        if (seen.stream().anyMatch(s -> s[0] <= start && start < s[1])) {
          continue;
        }
        seen.add(new int[] {m.start(), m.end()});
        String scheme = m.group(1);
        String port = m.groupCount() >= 3 ? m.group(3) : null;
        Optional<Integer> number = port == null
            ? (scheme == null || scheme.isEmpty() ? Optional.empty()
                : Optional.of(scheme.equalsIgnoreCase("https") ? 443 : 80))
            : resolve(port, env);
        number.ifPresent(n -> out.add(new Probe(n, locate.apply(new Span(start, m.end())))));
      }
    }
  }

  private static Optional<Integer> resolve(String port, Map<String, String> env) {
    String value = port;
    if (port.startsWith("$")) {
      value = env.get(port.replaceAll("[${}]", ""));
      if (value == null) {
        return Optional.empty();
      }
    }
    return value.matches("\\d{1,5}") ? Optional.of(Integer.parseInt(value)) : Optional.empty();
  }
}
