package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.model.RunStep;
import dev.dockwright.shell.Invocation;
import dev.dockwright.shell.commands.CdCommand;
import java.util.Optional;

/**
 * DL3003: a RUN that starts by changing directory, which WORKDIR does for every instruction that
 * follows. A {@code cd} later in the script is left alone (hadolint reports any): the script
 * first made or fetched something and then works in it (clone, {@code cd}, build, remove the
 * sources, all in one layer: hadolint issue 422), and WORKDIR could only replace it by splitting
 * the RUN into layers that keep the sources.
 */
@RuleSpec(
    code = "DL3003",
    name = "UseWorkdir",
    severity = Severity.WARNING,
    origin = Origin.HADOLINT,
    summary = "Use WORKDIR to switch to a directory.",
    rationale = "`cd` lasts only until the end of its RUN, so the next instruction is back in the"
        + " previous directory, which readers easily miss; WORKDIR states the directory for every"
        + " following instruction (and creates it). Reported when the RUN starts with `cd`"
        + " (after `set` and plain assignments), which is what WORKDIR replaces; a `cd` into a"
        + " directory the RUN itself created, downloaded or cloned, later in the script, is how a"
        + " build keeps its sources out of the layer and is not reported, nor is a `cd` in a"
        + " subshell. ONBUILD triggers are not checked, as in hadolint.",
    bad = "FROM python:3.12-slim\nRUN cd /app && pip install --no-cache-dir -r requirements.txt\n",
    good = "FROM python:3.12-slim\nWORKDIR /app\n"
        + "RUN pip install --no-cache-dir -r requirements.txt\n")
public final class UseWorkdir implements Rule {

  @Override
  public void check(RuleContext context) {
    for (RunUnit run : RunUnit.all(context.model())) {
      if (!run.onbuild()) {
        leadingCd(run.step()).ifPresent(c -> context.report(c.range()));
      }
    }
  }

  /** The {@code cd} the RUN's first script starts with, if it starts with one. */
  private static Optional<RunStep.Command> leadingCd(RunStep step) {
    for (RunStep.Command c : step.commands()) {
      Invocation inv = c.invocation();
      if (!inv.enclosing().isEmpty()) {
        if (inv.inCommandSubstitution()) {
          continue; // runs for the top-level command that uses it, judged next
        }
        return Optional.empty(); // a subshell, loop or if first: its cd is not the RUN's
      }
      if (CdCommand.match(inv).isPresent()) {
        return Optional.of(c);
      }
      if (!neutral(inv)) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** {@code set -eux} and {@code NAME=literal}: nothing that depends on the directory. */
  private static boolean neutral(Invocation inv) {
    if ("set".equals(inv.name())) {
      return true;
    }
    return inv.argv().isEmpty() && !inv.assignments().isEmpty() && inv.assignments().stream()
        .allMatch(a -> a.value().map(v -> !v.hasCommandSubstitution()).orElse(true));
  }
}
