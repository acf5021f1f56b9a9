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
import dev.dockwright.syntax.InstructionKind;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * DL3059: a RUN of a single command right after another RUN of a single command with the same
 * flags (comments between them do not count, any other instruction does). RUNs that chain
 * several commands were split on purpose; RUNs with here-documents cannot be merged into one
 * line and are left alone.
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
        + " way (a heredoc script is the consolidated form).",
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
      if (!unit.onbuild()) {
        runs.put(unit.step().instruction(), unit.step());
      }
    }
    List<String> previousFlags = null; // null: the previous instruction is no mergeable RUN
    int previousCommands = 0;
    for (Instruction in : model.dockerfile().instructions()) {
      if (in.kind() != InstructionKind.RUN || !in.heredocs().isEmpty()) {
        previousFlags = null;
        continue;
      }
      RunStep run = runs.get(in);
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
