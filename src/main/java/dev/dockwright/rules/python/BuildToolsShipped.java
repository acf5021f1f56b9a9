package dev.dockwright.rules.python;

import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.model.CommandStep;
import dev.dockwright.model.CopyStep;
import dev.dockwright.model.RunStep;
import dev.dockwright.model.Stage;
import dev.dockwright.shell.Invocation;
import dev.dockwright.shell.ast.Word;
import dev.dockwright.shell.commands.PipCommand;
import dev.dockwright.shell.commands.PipRequirement;
import dev.dockwright.syntax.Range;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

@RuleSpec(
    code = "DW1005",
    name = "BuildToolsShipped",
    severity = Severity.INFO,
    origin = Origin.DOCKWRIGHT,
    summary = "poetry, pdm, pipenv or uv is installed in the image that ships only to install"
        + " the dependencies.",
    rationale = """
        Project managers are build tools. Installed into the final image just to run \
        `poetry install` or `uv sync`, they ship with their own dependency tree (poetry \
        brings some 40 packages: keyring, cryptography, dulwich, virtualenv, ...), which \
        costs space, pull time and CVE noise, and can conflict with the application's own \
        pins when installed into the same environment. Install the tool in a builder stage, \
        create the virtualenv there and copy only the virtualenv (or export a requirements \
        file and install it with pip). Nothing is reported when the image also runs the tool \
        at start-up (`CMD ["uv", "run", ...]`, `poetry run`) or uninstalls it again; builder \
        stages are not checked.""",
    bad = """
        FROM python:3.12-slim
        WORKDIR /app
        COPY pyproject.toml poetry.lock ./
        RUN pip install --no-cache-dir poetry==1.8.3 \\
         && poetry config virtualenvs.create false \\
         && poetry install --only main --no-root --no-cache
        COPY . .
        CMD ["gunicorn", "--bind", "0.0.0.0:8000", "app:app"]
        """,
    good = """
        FROM python:3.12-slim AS build
        WORKDIR /app
        RUN pip install --no-cache-dir poetry==1.8.3
        COPY pyproject.toml poetry.lock ./
        RUN poetry config virtualenvs.in-project true && poetry install --only main --no-root --no-cache
        FROM python:3.12-slim
        WORKDIR /app
        COPY --from=build /app/.venv /app/.venv
        COPY . .
        CMD ["/app/.venv/bin/gunicorn", "--bind", "0.0.0.0:8000", "app:app"]
        """)
public final class BuildToolsShipped implements Rule {

  private static final Set<String> TOOLS = Set.of("poetry", "pdm", "pipenv", "uv");

  /** Installer scripts piped into an interpreter, by the tool they install. */
  private static final Map<Pattern, String> INSTALLERS = Map.of(
      Pattern.compile("install\\.python-poetry\\.org|get-poetry\\.py"), "poetry",
      Pattern.compile("astral\\.sh/uv"), "uv",
      Pattern.compile("pdm-project\\.org|install-pdm\\.py"), "pdm");

  private static final Pattern RUNS_TOOL = Pattern.compile("\\b(poetry|pdm|pipenv|uv|uvx)\\b");

  @Override
  public void check(RuleContext context) {
    List<Stage> shipped = context.model().shippedStages();
    Map<String, Range> installed = new LinkedHashMap<>();
    Set<String> used = new java.util.HashSet<>();
    Set<String> uninstalled = new java.util.HashSet<>();
    for (Stage stage : shipped) {
      for (CopyStep copy : stage.steps(CopyStep.class)) {
        if (copy.from().map(f -> f.contains("astral-sh/uv")).orElse(false)) {
          installed.putIfAbsent("uv", copy.range());
        }
      }
      for (RunStep run : stage.steps(RunStep.class)) {
        for (RunStep.Command c : run.commands()) {
          Invocation inv = c.invocation();
          Optional<PipCommand> pip = PipCommand.match(inv);
          if (pip.isPresent() && pip.get().isInstall()) {
            for (PipRequirement r : pip.get().requirements()) {
              String name = r.name().map(n -> n.toLowerCase(Locale.ROOT)).orElse("");
              if (TOOLS.contains(name)) {
                installed.putIfAbsent(name, c.source().range(r.word().span()));
              }
            }
          } else if (pip.isPresent() && pip.get().action().equals("uninstall")) {
            pip.get().args().operandTexts().forEach(t -> uninstalled.add(t.toLowerCase(Locale.ROOT)));
          }
          if (inv.is("pipx") && inv.resolved().firstArg().filter("install"::equals).isPresent()) {
            inv.args().stream().skip(1).map(Word::unquoted).filter(TOOLS::contains)
                .forEach(t -> installed.putIfAbsent(t, c.range()));
          }
          if (inv.is("curl", "wget") && inv.isPiped()) {
            String text = String.join(" ", inv.resolved().argTexts());
            INSTALLERS.forEach((p, tool) -> {
              if (p.matcher(text).find()) {
                installed.putIfAbsent(tool, c.range());
              }
            });
          }
          if (installsDependencies(inv)) {
            used.add(inv.program());
          }
        }
      }
    }
    Set<String> atRunTime = runTimeTools(context);
    installed.forEach((tool, range) -> {
      if (used.contains(tool) && !atRunTime.contains(tool) && !uninstalled.contains(tool)) {
        String weight = tool.equals("uv") ? "ships a ~35 MB binary nothing runs"
            : "ships with its own dependency tree";
        context.report(range, tool + " is installed in the image only to install the"
            + " dependencies, and " + weight + ". Install it in a builder stage and copy the"
            + " virtualenv.");
      }
    });
  }

  /** {@code poetry install}, {@code uv sync}, {@code uv pip install}, {@code pipenv install}, {@code pdm sync}. */
  private static boolean installsDependencies(Invocation inv) {
    if (!inv.is("poetry", "pdm", "pipenv", "uv")) {
      return false;
    }
    List<String> ops = inv.resolved().argValues().stream()
        .filter(a -> a != null && !a.startsWith("-")).toList();
    String action = ops.isEmpty() ? "" : ops.get(0);
    return switch (inv.program()) {
      case "uv" -> action.equals("sync") || action.equals("pip") && ops.size() > 1
          && (ops.get(1).equals("install") || ops.get(1).equals("sync"));
      default -> action.equals("install") || action.equals("sync");
    };
  }

  /** Tools the image runs when it starts: {@code uv run ...}, {@code poetry run ...}. */
  private static Set<String> runTimeTools(RuleContext context) {
    Set<String> out = new java.util.HashSet<>();
    Optional<Stage> last = context.model().finalStage();
    if (last.isEmpty()) {
      return out;
    }
    for (Optional<CommandStep> step : List.of(last.get().entrypoint(), last.get().cmd())) {
      step.ifPresent(s -> {
        Matcher m = RUNS_TOOL.matcher(String.join(" ", s.command().processArgs()));
        while (m.find()) {
          out.add(m.group(1).equals("uvx") ? "uv" : m.group(1));
        }
      });
    }
    for (Launch l : ImageStart.of(context.model())) {
      for (Word w : l.argv()) {
        String t = w.unquoted();
        String name = t.substring(t.lastIndexOf('/') + 1);
        if (TOOLS.contains(name)) {
          out.add(name);
        }
      }
    }
    return out;
  }
}
