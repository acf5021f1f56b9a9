package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.model.CommandSpec;
import dev.dockwright.model.DockerfileModel;
import dev.dockwright.model.RunStep;
import dev.dockwright.syntax.Flag;
import dev.dockwright.syntax.Instruction;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * DL3059: a RUN of a single command right after another RUN of a single command with the same
 * flags (comments between them do not count, any other instruction does). RUNs that chain
 * several commands were split on purpose; RUNs with here-documents cannot be merged into one
 * line and are left alone, and so are stages that do not ship: a builder's layers never reach
 * the image, and separate RUNs there cache better.
 */
@RuleSpec(
    code = "DL3059",
    name = "ConsecutiveRuns",
    severity = Severity.INFO,
    origin = Origin.HADOLINT,
    summary = "Multiple consecutive `RUN` instructions. Consider consolidation.",
    rationale = "Each RUN makes a layer; files a later RUN deletes stay in the earlier layer,"
        + " and many tiny layers slow pulls. Consecutive RUNs that each run one command can"
        + " usually be joined with `&&`. Not reported: RUNs that already chain several commands"
        + " (split on purpose, often for the build cache), RUNs with different flags"
        + " (`--mount`, `--network`), and RUNs with here-documents, which cannot be joined that"
        + " way (a heredoc script is the consolidated form). Only stages that ship are checked: the"
        + " layers of a builder stage that is only copied from never reach the image, and"
        + " separate RUNs there rebuild less when one changes.",
    bad = "FROM debian:12\nRUN apt-get update\nRUN apt-get install -y --no-install-recommends"
        + " curl=7.88.1-10+deb12u8\n",
    good = "FROM debian:12\nRUN apt-get update \\\n && apt-get install -y --no-install-recommends"
        + " curl=7.88.1-10+deb12u8\n")
public final class ConsecutiveRuns implements Rule {

  @Override
  public void check(RuleContext context) {
    DockerfileModel model = context.model();
    Map<Instruction, RunStep> runs = new IdentityHashMap<>();
    for (RunUnit unit : RunUnit.all(model)) {
      if (!unit.onbuild() && unit.stage().map(model::ships).orElse(true)) {
        runs.put(unit.step().instruction(), unit.step());
      }
    }
    List<String> previousFlags = null; // null: the previous instruction is no mergeable RUN
    int previousCommands = 0;
    for (Instruction in : model.dockerfile().instructions()) {
      RunStep run = runs.get(in); // null for a RUN of a stage that does not ship
      if (run == null || !in.heredocs().isEmpty()) {
        previousFlags = null;
        continue;
      }
      List<String> flags = in.flags().stream().map(Flag::text).sorted().toList();
      int commands = commands(run);
      if (previousFlags != null && previousFlags.equals(flags) && commands <= 1
          && previousCommands <= 1) {
        context.report(in.range(), "Multiple consecutive `RUN` instructions of one command"
            + " each: consider joining them with `&&` (one layer).");
        continue; // as in hadolint, the chain goes on from the RUN before
      }
      previousFlags = flags;
      previousCommands = commands;
    }
  }

  /** Simple commands the RUN executes (substitutions included); an exec form runs one. */
  private static int commands(RunStep run) {
    if (run.command() instanceof CommandSpec.Exec) {
      return 1;
    }
    return run.commands().size();
  }
}
