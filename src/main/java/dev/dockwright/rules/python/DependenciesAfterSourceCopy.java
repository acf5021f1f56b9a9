package dev.dockwright.rules.python;

import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.model.CopyStep;
import dev.dockwright.model.Paths;
import dev.dockwright.model.RunStep;
import dev.dockwright.model.Stage;
import dev.dockwright.model.Step;
import dev.dockwright.shell.Invocation;
import dev.dockwright.shell.commands.PdmCommand;
import dev.dockwright.shell.commands.PipCommand;
import dev.dockwright.shell.commands.PipenvCommand;
import dev.dockwright.shell.commands.PoetryCommand;
import dev.dockwright.shell.commands.UvCommand;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@RuleSpec(
    code = "DW1006",
    name = "DependenciesAfterSourceCopy",
    severity = Severity.INFO,
    origin = Origin.DOCKWRIGHT,
    summary = "Dependencies are installed after the whole source tree is copied, so every code"
        + " change reinstalls all of them.",
    rationale = """
        Docker reuses a layer only while every layer before it is unchanged. After `COPY . .` \
        any edit to any file invalidates the cache, so a `pip install -r requirements.txt`, \
        `poetry install` or `uv sync` that follows downloads and installs every dependency \
        again on each build, minutes per build for a data-science stack. Copy only the \
        dependency manifests first (`requirements*.txt`, `pyproject.toml` with its lock file, \
        `Pipfile.lock`), install, then copy the source; with uv and poetry, install the \
        dependencies without the project first (`uv sync --no-install-project`, `poetry \
        install --no-root`). Installing the project itself (`pip install .`) after the copy is \
        fine and not reported. Every stage that is built is checked, since build time is \
        spent in builder stages too.""",
    bad = """
        FROM python:3.12-slim
        WORKDIR /app
        COPY . .
        RUN pip install --no-cache-dir -r requirements.txt
        CMD ["python", "main.py"]
        """,
    good = """
        FROM python:3.12-slim
        WORKDIR /app
        COPY requirements.txt .
        RUN pip install --no-cache-dir -r requirements.txt
        COPY . .
        CMD ["python", "main.py"]
        """)
public final class DependenciesAfterSourceCopy implements Rule {

  /** An install that reads dependency manifests, and the manifests (absolute image paths). */
  private record DepInstall(RunStep.Command command, String tool, List<String> manifests) {}

  @Override
  public void check(RuleContext context) {
    for (Stage stage : context.model().reachableStages()) {
      List<Step> steps = new ArrayList<>();
      for (Stage s : ImageFiles.chain(stage)) {
        steps.addAll(s.steps());
      }
      int own = steps.size() - stage.steps().size();
      for (int i = own; i < steps.size(); i++) {
        if (!(steps.get(i) instanceof RunStep run)) {
          continue;
        }
        for (DepInstall install : installs(run)) {
          for (String manifest : install.manifests()) {
            Optional<CopyStep> provider = provider(steps, i, manifest);
            if (provider.isPresent() && broad(provider.get(), manifest)
                && !installedBefore(steps, steps.indexOf(provider.get()), install.tool())) {
              context.report(install.command().range(), install.tool() + " installs the"
                  + " dependencies after " + copyText(provider.get()) + " (line "
                  + provider.get().line() + "): any source change reinstalls all of them. Copy "
                  + Paths.normalize(manifest).substring(manifest.lastIndexOf('/') + 1)
                  + " first, install, then copy the rest.");
              break;
            }
          }
        }
      }
    }
  }

  private static List<DepInstall> installs(RunStep run) {
    List<DepInstall> out = new ArrayList<>();
    String cwd = run.context().workdir();
    for (RunStep.Command c : run.commands()) {
      Invocation inv = c.invocation();
      Optional<PipCommand> pip = PipCommand.match(inv);
      if (pip.isPresent() && (pip.get().isInstall() || pip.get().action().equals("sync"))) {
        List<String> files = new ArrayList<>(pip.get().requirementFiles());
        if (pip.get().action().equals("sync")) {
          files.addAll(pip.get().args().operandTexts().stream().skip(1).toList());
        }
        List<String> manifests = files.stream().filter(f -> !f.contains("$") && !f.contains("://"))
            .map(f -> Paths.resolve(cwd, f)).toList();
        if (!manifests.isEmpty()) {
          out.add(new DepInstall(c, pip.get().frontend() == PipCommand.Frontend.UV
              ? "uv pip install" : "pip install", manifests));
        }
        continue;
      }
      UvCommand.match(inv).filter(u -> u.action().equals("sync")).ifPresent(u -> out.add(
          new DepInstall(c, "uv sync", project(u.args().value("project")
              .or(() -> u.args().value("directory")), cwd, "pyproject.toml"))));
      PoetryCommand.match(inv).filter(PoetryCommand::isInstall).ifPresent(p -> out.add(
          new DepInstall(c, "poetry install", project(p.args().value("directory")
              .or(() -> p.args().value("project")), cwd, "pyproject.toml"))));
      PipenvCommand.match(inv).filter(p -> p.action().equals("install") || p.action().equals("sync"))
          .ifPresent(p -> out.add(new DepInstall(c, "pipenv " + p.action(),
              project(Optional.empty(), cwd, "Pipfile"))));
      PdmCommand.match(inv).filter(p -> p.action().equals("install") || p.action().equals("sync"))
          .ifPresent(p -> out.add(new DepInstall(c, "pdm " + p.action(),
              project(p.args().value("project"), cwd, "pyproject.toml"))));
    }
    return out;
  }

  private static List<String> project(Optional<String> dir, String cwd, String file) {
    String base = dir.filter(d -> !d.contains("$")).map(d -> Paths.resolve(cwd, d)).orElse(cwd);
    return List.of(Paths.resolve(base, file));
  }

  /** The last COPY/ADD from the build context before step {@code before} that writes {@code path}. */
  private static Optional<CopyStep> provider(List<Step> steps, int before, String path) {
    for (int i = before - 1; i >= 0; i--) {
      if (steps.get(i) instanceof CopyStep copy && Paths.isUnder(path, copy.resolvedDestination())) {
        return copy.fromContext() ? Optional.of(copy) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the COPY that brings the manifest also brings the source: it copies the context
   * ({@code .}, {@code *}) or a directory, rather than naming the manifest (or a directory of
   * requirement files).
   */
  private static boolean broad(CopyStep copy, String manifest) {
    String name = manifest.substring(manifest.lastIndexOf('/') + 1);
    for (String src : copy.sources()) {
      String s = src.endsWith("/") ? src.substring(0, src.length() - 1) : src;
      String base = s.substring(s.lastIndexOf('/') + 1);
      if (base.equals(name) || base.contains("*") && !s.equals("*") || base.contains("req")
          || base.equals("deps") || base.contains(".") && !s.equals(".") && !s.equals("./")) {
        return false; // the manifest itself, a pattern of manifests, or files
      }
    }
    return copy.sources().stream().anyMatch(s -> !s.startsWith("<<"));
  }

  /**
   * Dependencies installed before the broad copy: the layered pattern (a manifest install, or
   * packages named on the command line, beyond pip's own tooling), so the later install only
   * adds what changed.
   */
  private static boolean installedBefore(List<Step> steps, int copyIndex, String tool) {
    for (int i = 0; i < copyIndex; i++) {
      if (!(steps.get(i) instanceof RunStep run)) {
        continue;
      }
      if (!installs(run).isEmpty()) {
        return true;
      }
      for (RunStep.Command c : run.commands()) {
        if (UvCommand.match(c.invocation()).map(UvCommand::noInstallProject).orElse(false)
            || PoetryCommand.match(c.invocation()).map(PoetryCommand::noRoot).orElse(false)
            || PipCommand.match(c.invocation()).filter(PipCommand::isInstall)
                .map(p -> p.requirements().stream().anyMatch(r -> r.name()
                    .filter(n -> !TOOLING.contains(n.toLowerCase(java.util.Locale.ROOT)))
                    .isPresent()))
                .orElse(false)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Packages installed first only to run installs. */
  private static final java.util.Set<String> TOOLING =
      java.util.Set.of("pip", "setuptools", "wheel", "uv", "poetry", "pipenv", "pdm", "virtualenv");

  private static String copyText(CopyStep copy) {
    String text = copy.instruction().keyword().value() + " "
        + String.join(" ", copy.sources()) + " " + copy.destination();
    return text.length() > 40 ? text.substring(0, 37) + "..." : text;
  }
}
