package dev.dockwright.rules.python;

import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.model.CommandSpec;
import dev.dockwright.model.HealthcheckStep;
import dev.dockwright.model.Stage;
import dev.dockwright.model.ToolPresence;
import dev.dockwright.model.image.Presence;
import dev.dockwright.shell.Invocation;
import dev.dockwright.syntax.Range;
import dev.dockwright.syntax.Token;
import java.util.Optional;

@RuleSpec(
    code = "DW4001",
    name = "HealthcheckToolMissing",
    severity = Severity.ERROR,
    origin = Origin.DOCKWRIGHT,
    summary = "The HEALTHCHECK calls curl or wget, which the image does not have.",
    rationale = """
        Slim and Alpine Python images ship without curl (and slim without wget). A health \
        check that calls a missing program fails every time with "executable file not found", \
        so the container is reported unhealthy forever: orchestrators restart it, Compose \
        never starts the services that depend on it, and the cause is buried in \
        `docker inspect`. Either install the tool in the final stage or, better for a Python \
        service, probe with the Python standard library, which is always there.""",
    bad = """
        FROM python:3.12-slim
        COPY app.py /app/app.py
        HEALTHCHECK CMD curl -f http://localhost:8000/health || exit 1
        CMD ["python", "/app/app.py"]
        """,
    good = """
        FROM python:3.12-slim
        COPY app.py /app/app.py
        HEALTHCHECK CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://localhost:8000/health', timeout=2)"]
        CMD ["python", "/app/app.py"]
        """)
public final class HealthcheckToolMissing implements Rule {

  @Override
  public void check(RuleContext context) {
    Optional<Stage> finalStage = context.model().finalStage();
    if (finalStage.isEmpty()) {
      return;
    }
    Stage stage = finalStage.get();
    Optional<HealthcheckStep> healthcheck = stage.healthcheck();
    if (healthcheck.isEmpty() || healthcheck.get().command().isEmpty()) {
      return;
    }
    CommandSpec command = healthcheck.get().command().get();
    if (command instanceof CommandSpec.Exec exec) {
      if (!exec.argv().isEmpty()) {
        Token program = exec.argv().get(0);
        checkTool(context, stage, baseName(program.value()), program.range());
      }
    } else if (command instanceof CommandSpec.Shell shell && shell.source().isPosix()) {
      for (Invocation i : shell.source().script().commands("curl", "wget")) {
        checkTool(context, stage, i.program(), shell.source().range(i.command().span()));
      }
    }
  }

  private static void checkTool(RuleContext context, Stage stage, String tool, Range range) {
    if (!ToolPresence.known(tool) || ToolPresence.of(stage, tool) != Presence.ABSENT) {
      return;
    }
    String base = stage.image().map(i -> i.raw()).orElse(stage.baseText());
    context.report(range, "The HEALTHCHECK runs " + tool + ", but " + base
        + " does not include it and no stage installs it: the check will always fail. Probe"
        + " with python -c 'import urllib.request; ...' or install " + tool + ".");
  }

  private static String baseName(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }
}
