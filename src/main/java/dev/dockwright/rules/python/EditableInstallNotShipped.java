package dev.dockwright.rules.python;

import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.model.CopyStep;
import dev.dockwright.model.DockerfileModel;
import dev.dockwright.model.Mount;
import dev.dockwright.model.Paths;
import dev.dockwright.model.RunStep;
import dev.dockwright.model.Stage;
import dev.dockwright.shell.commands.ParsedArgs;
import dev.dockwright.shell.commands.PipCommand;
import dev.dockwright.shell.commands.PoetryCommand;
import dev.dockwright.shell.commands.UvCommand;
import dev.dockwright.syntax.Range;
import java.util.List;
import java.util.Optional;

@RuleSpec(
    code = "DW1002",
    name = "EditableInstallNotShipped",
    severity = Severity.ERROR,
    origin = Origin.DOCKWRIGHT,
    summary = "An editable install points at a source tree the final image does not contain.",
    rationale = """
        An editable install (`pip install -e .`, `uv pip install -e`, and by default \
        `uv sync` and `poetry install` for the project itself) does not copy the package \
        into site-packages: it writes a `.pth` file or finder that points at the source \
        directory. When a builder stage installs editable from `/build` and the final stage \
        copies only the virtualenv or site-packages, the pointer is copied and the source is \
        not: `import app` fails with ModuleNotFoundError at start-up, although the build \
        succeeded. The same happens when the source is only bind-mounted for the install \
        (`RUN --mount=type=bind,...`). Install non-editable in images (`pip install .`, \
        `uv sync --no-editable`, `poetry install` then `pip install .`), or copy the source \
        tree to the same path in the final stage. `uv sync` and `poetry install` are only \
        checked when the project's pyproject.toml beside the Dockerfile says the project is \
        a package.""",
    bad = """
        FROM python:3.12-slim AS build
        RUN python -m venv /venv
        WORKDIR /build
        COPY . .
        RUN /venv/bin/pip install --no-cache-dir -e .
        FROM python:3.12-slim
        COPY --from=build /venv /venv
        CMD ["/venv/bin/python", "-m", "app"]
        """,
    good = """
        FROM python:3.12-slim AS build
        RUN python -m venv /venv
        WORKDIR /build
        COPY . .
        RUN /venv/bin/pip install --no-cache-dir .
        FROM python:3.12-slim
        COPY --from=build /venv /venv
        CMD ["/venv/bin/python", "-m", "app"]
        """)
public final class EditableInstallNotShipped implements Rule {

  @Override
  public void check(RuleContext context) {
    DockerfileModel model = context.model();
    List<Stage> shipped = model.shippedStages();
    boolean packaged = PyProject.isPackage(model);
    for (Stage stage : model.reachableStages()) {
      boolean ships = shipped.contains(stage);
      if (!ships && !copiedIntoFinal(model, stage)) {
        continue; // nothing of this stage reaches the image
      }
      for (RunStep run : stage.steps(RunStep.class)) {
        String cwd = run.context().workdir();
        for (RunStep.Command c : run.commands()) {
          PipCommand.match(c.invocation()).filter(PipCommand::isInstall).ifPresent(pip -> {
            for (ParsedArgs.Option e : pip.editables()) {
              Optional<String> target = e.value().filter(v -> isLocal(v))
                  .map(v -> Paths.resolve(cwd, v.replaceFirst("\\[.*]$", "")));
              Range range = c.source().range(e.word().span());
              target.ifPresent(path -> check(context, model, stage, ships, run, path, range,
                  "pip install -e " + e.value().get()));
            }
          });
          if (!packaged) {
            continue;
          }
          UvCommand.match(c.invocation()).filter(u -> u.action().equals("sync")
              && !u.noEditable() && !u.noInstallProject()
              && notSet(run, "UV_NO_EDITABLE")).ifPresent(u -> check(context, model, stage,
                  ships, run, project(u.args().value("project")
                      .or(() -> u.args().value("directory")), cwd), c.range(),
                  "uv sync (editable by default)"));
          PoetryCommand.match(c.invocation()).filter(p -> p.isInstall() && !p.noRoot())
              .ifPresent(p -> check(context, model, stage, ships, run,
                  project(p.args().value("directory"), cwd), c.range(),
                  "poetry install (the project itself is installed editable)"));
        }
      }
    }
  }

  private static void check(RuleContext context, DockerfileModel model, Stage stage,
      boolean ships, RunStep run, String path, Range range, String what) {
    for (Mount m : run.mounts()) {
      if (m.type().equals("bind") && m.target().map(t -> Paths.isUnder(path, t)).orElse(false)) {
        context.report(range, what + " points at " + path + ", which is only bind-mounted"
            + " during this RUN: the installed package refers to files that are not in the"
            + " image. Install without -e.");
        return;
      }
    }
    if (ships || finalHas(model, path)) {
      return;
    }
    String from = stage.name().orElse(Integer.toString(stage.index()));
    context.report(range, what + " in stage " + from + " points at " + path + ", but the"
        + " final image copies what the install produced and not " + path + ": imports fail"
        + " at start-up. Install without -e (uv sync --no-editable), or copy " + path
        + " to the same path.");
  }

  /** A shipped stage has files at {@code path}: a COPY whose destination covers it. */
  private static boolean finalHas(DockerfileModel model, String path) {
    for (Stage s : model.shippedStages()) {
      for (CopyStep copy : s.steps(CopyStep.class)) {
        String dest = copy.resolvedDestination();
        // Part of the tree (COPY src/ /app/src) also serves imports; the virtualenv does not.
        if (Paths.isUnder(path, dest) || Paths.isUnder(dest, path) && !isEnvironment(dest)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Some shipped stage copies from this stage, or from a stage built FROM it. */
  private static boolean copiedIntoFinal(DockerfileModel model, Stage stage) {
    for (Stage s : model.shippedStages()) {
      for (CopyStep copy : s.steps(CopyStep.class)) {
        if (copy.fromStage().map(src -> ImageFiles.chain(src).contains(stage)).orElse(false)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isEnvironment(String path) {
    return path.contains("venv") || path.contains("site-packages") || path.contains("/lib/python");
  }

  private static boolean isLocal(String value) {
    return !value.contains("://") && !value.contains("$") && !value.startsWith("git+");
  }

  private static String project(Optional<String> dir, String cwd) {
    return dir.filter(d -> !d.contains("$")).map(d -> Paths.resolve(cwd, d)).orElse(cwd);
  }

  private static boolean notSet(RunStep run, String variable) {
    String v = run.context().scope().get(variable);
    return v == null || v.isEmpty();
  }
}
