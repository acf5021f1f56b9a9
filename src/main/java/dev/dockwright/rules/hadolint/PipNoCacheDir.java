package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.Fix;
import dev.dockwright.lint.FixSafety;
import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.model.DockerfileModel;
import dev.dockwright.model.Mount;
import dev.dockwright.model.Paths;
import dev.dockwright.model.RunStep;
import dev.dockwright.model.Scope;
import dev.dockwright.shell.Invocation;
import dev.dockwright.shell.commands.PipCommand;
import dev.dockwright.shell.commands.RmCommand;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * DL3042: {@code pip install} that leaves pip's download cache in the image. A cache or tmpfs
 * mount on pip's cache directory (or a directory above it) keeps the cache out of the image and
 * counts as clean; hadolint only accepts a mount whose target contains {@code .cache/pip}.
 */
@RuleSpec(
    code = "DL3042",
    name = "PipNoCacheDir",
    severity = Severity.WARNING,
    origin = Origin.HADOLINT,
    summary = "Avoid use of cache directory with pip. Use `pip install --no-cache-dir"
        + " <package>`.",
    rationale = "pip keeps every wheel it downloads or builds in its cache (~/.cache/pip). In an"
        + " image nothing installs the same packages again, so the cache is dead weight, often"
        + " larger than the packages themselves. `--no-cache-dir` or `PIP_NO_CACHE_DIR` (pip"
        + " disables the cache for any boolean value, even `0` or `false`, for backwards"
        + " compatibility) keeps it out; so does a BuildKit cache or tmpfs mount on the cache"
        + " directory (`--mount=type=cache,target=/root/.cache/pip`, or on `/root/.cache`, or"
        + " on `PIP_CACHE_DIR`), which also speeds up rebuilds, or `pip cache purge` at the end"
        + " of the RUN. pipx and `uv pip` are not pip's cache. Builder stages that are only"
        + " copied from do not ship their cache and are not reported.",
    bad = "FROM python:3.12-slim\nRUN pip install gunicorn==23.0.0\n",
    good = "FROM python:3.12-slim\nRUN pip install --no-cache-dir gunicorn==23.0.0\n",
    fix = "Adds `--no-cache-dir` after `install`.",
    fixSafety = FixSafety.SAFE)
public final class PipNoCacheDir implements Rule {

  private static final String NO_CACHE = "PIP_NO_CACHE_DIR";

  /** What pip's strtobool accepts; any of them disables the cache (see the rationale). */
  private static final Set<String> BOOLEANS =
      Set.of("y", "yes", "t", "true", "on", "1", "n", "no", "f", "false", "off", "0");

  @Override
  public void check(RuleContext context) {
    DockerfileModel model = context.model();
    for (RunUnit run : RunUnit.all(model)) {
      if (!CacheCleanup.ships(model, run)) {
        continue;
      }
      Scope scope = RunVariables.scope(model, run);
      List<RunStep.Command> commands = run.step().commands();
      for (int i = 0; i < commands.size(); i++) {
        RunStep.Command c = commands.get(i);
        Optional<PipCommand> pip = PipCommand.match(c.invocation());
        if (pip.isEmpty() || pip.get().frontend() != PipCommand.Frontend.PIP
            || !pip.get().isInstall() || noCacheOption(pip.get())
            || cacheDisabled(c.invocation(), scope)) {
          continue;
        }
        String cacheDir = cacheDir(pip.get(), scope);
        if (mounted(run.step(), cacheDir) || purgedLater(commands.subList(i + 1, commands.size()),
            cacheDir)) {
          continue;
        }
        context.report(c.range(), "pip keeps its download cache (" + cacheDir + ") in the"
            + " image: add `--no-cache-dir`, set `PIP_NO_CACHE_DIR=1`, or mount a cache there.",
            Fix.safe("Add --no-cache-dir", PackageCommands.insertAfter(c,
                pip.get().args().operands().get(0), "--no-cache-dir")));
      }
    }
  }

  /**
   * {@code --no-cache-dir}, or an abbreviation pip accepts for it ({@code --no-cache}: pip's
   * option parser takes any unambiguous prefix of a long option).
   */
  private static boolean noCacheOption(PipCommand pip) {
    return pip.noCache() || pip.invocation().args().stream().map(w -> w.unquoted())
        .anyMatch(a -> a.length() >= "--no-ca".length() && "--no-cache-dir".startsWith(a));
  }

  /** {@code PIP_NO_CACHE_DIR} set for the command: by its prefix, the script, ENV or ARG. */
  private static boolean cacheDisabled(Invocation inv, Scope scope) {
    Optional<String> value = RunVariables.environmentValue(NO_CACHE, inv, scope);
    return value.isPresent() && (value.get().contains("$")
        || BOOLEANS.contains(value.get().strip().toLowerCase(Locale.ROOT)));
  }

  /**
   * Where this pip writes its cache: {@code --cache-dir}, {@code PIP_CACHE_DIR},
   * {@code $XDG_CACHE_HOME/pip}, else {@code ~/.cache/pip} (home depends on the user).
   */
  private static String cacheDir(PipCommand pip, Scope scope) {
    Optional<String> dir = pip.args().value("cache-dir")
        .or(() -> RunVariables.environmentValue("PIP_CACHE_DIR", pip.invocation(), scope))
        .or(() -> RunVariables.environmentValue("XDG_CACHE_HOME", pip.invocation(), scope)
            .map(d -> d + "/pip"));
    return dir.filter(d -> d.startsWith("/")).orElse("~/.cache/pip");
  }

  /** A cache or tmpfs mount on the cache directory or above it (any home for {@code ~}). */
  private static boolean mounted(RunStep step, String cacheDir) {
    for (Mount m : step.mounts()) {
      if ((m.isCache() || m.type().equals("tmpfs")) && m.target().isPresent()
          && covers(m.target().get(), cacheDir)) {
        return true;
      }
    }
    return false;
  }

  private static boolean covers(String target, String cacheDir) {
    if (!cacheDir.startsWith("~")) {
      return Paths.isUnder(cacheDir, target);
    }
    String t = Paths.normalize(target);
    return t.endsWith("/.cache/pip") || t.endsWith("/.cache") || t.contains("/.cache/pip/");
  }

  /** {@code pip cache purge} or an {@code rm} of the cache later in the same RUN. */
  private static boolean purgedLater(List<RunStep.Command> later, String cacheDir) {
    for (RunStep.Command c : later) {
      Invocation inv = c.invocation();
      if (PipCommand.match(inv).map(PipCommand::isCachePurge).orElse(false)) {
        return true;
      }
      Optional<RmCommand> rm = RmCommand.match(inv);
      if (rm.isPresent() && rm.get().args().operandTexts().stream()
          .map(p -> p.endsWith("/*") ? p.substring(0, p.length() - 2) : p)
          .anyMatch(p -> covers(p.replace("$HOME", "/root").replace("~", "/root"), cacheDir))) {
        return true;
      }
    }
    return false;
  }
}
