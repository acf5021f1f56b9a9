package dev.dockwright.rules.python;

import dev.dockwright.lint.Fix;
import dev.dockwright.lint.FixSafety;
import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.model.CommandStep;
import dev.dockwright.model.PortSpec;
import dev.dockwright.model.Stage;
import dev.dockwright.model.image.OsFamily;
import dev.dockwright.syntax.Range;
import java.util.List;
import java.util.Optional;

@RuleSpec(
    code = "DW4002",
    name = "HealthcheckMissing",
    severity = Severity.INFO,
    origin = Origin.DOCKWRIGHT,
    summary = "The image serves on a port but has no HEALTHCHECK.",
    rationale = """
        Without a HEALTHCHECK, Docker, Compose (`depends_on: condition: service_healthy`), \
        Swarm and platforms that read the image's health status only know whether the \
        process exists: a server that hangs, deadlocks or lost its database keeps receiving \
        traffic, and a new deploy that never becomes ready replaces the old one anyway. Only \
        the final stage counts (builder stages never run), and only when it serves: it \
        EXPOSEs a port or starts a Python server. `HEALTHCHECK NONE`, in the image or its \
        parent stage, is a deliberate choice and is respected; so is a base image we do not \
        describe, since it may define a HEALTHCHECK of its own (the Jupyter images do).""",
    bad = """
        FROM python:3.12-slim
        COPY . /app
        EXPOSE 8000
        CMD ["uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "8000"]
        """,
    good = """
        FROM python:3.12-slim
        COPY . /app
        EXPOSE 8000
        HEALTHCHECK --interval=30s --timeout=3s CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/health', timeout=2)"]
        CMD ["uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "8000"]
        """,
    fix = "When the port is known and the image has Python, adds a HEALTHCHECK before the CMD that"
        + " checks the port accepts connections (Python's socket module, no curl needed).",
    fixSafety = FixSafety.UNSAFE)
public final class HealthcheckMissing implements Rule {

  @Override
  public void check(RuleContext context) {
    Optional<Stage> last = context.model().finalStage();
    if (last.isEmpty() || last.get().healthcheck().isPresent()) {
      return;
    }
    Stage stage = last.get();
    if (stage.facts().os() == OsFamily.UNKNOWN) {
      return; // a base we do not describe may define its own HEALTHCHECK (jupyter's do)
    }
    List<PortSpec> exposed = stage.exposedPorts().stream().filter(PortSpec::isValid).toList();
    List<Launch> servers = ImageStart.servers(context.model());
    if (exposed.isEmpty() && servers.isEmpty()) {
      return;
    }
    Optional<Integer> port = servers.stream()
        .map(l -> ServerBinding.port(l).flatMap(ServerBinding.Setting::asPort))
        .flatMap(Optional::stream).findFirst()
        .or(() -> exposed.stream().filter(p -> p.isTcp()).findFirst().flatMap(PortSpec::first));
    Range range = !servers.isEmpty() ? servers.get(0).range() : exposed.get(0).range();
    String what = !servers.isEmpty() ? "starts " + servers.get(0).server().display()
        : "EXPOSEs " + exposed.get(0).text();
    boolean python = stage.facts().python().isPresent() || !servers.isEmpty();
    String message = "The image " + what + " but has no HEALTHCHECK: a hung server keeps"
        + " receiving traffic and `depends_on: service_healthy` cannot work. Add a HEALTHCHECK"
        + (python ? " (probe with python -c: slim images have no curl)." : ".");
    Optional<CommandStep> before = stage.steps(CommandStep.class).stream().findFirst();
    if (port.isPresent() && stage.facts().python().isPresent() && before.isPresent()) {
      String check = "HEALTHCHECK --interval=30s --timeout=5s --start-period=10s CMD [\"python\","
          + " \"-c\", \"import socket; socket.create_connection(('127.0.0.1', " + port.get()
          + "), timeout=3).close()\"]";
      context.report(range, message, Fix.unsafe("Add a HEALTHCHECK on port " + port.get(),
          Edits.before(context.file().text(), before.get().instruction(), check)));
    } else {
      context.report(range, message);
    }
  }
}
