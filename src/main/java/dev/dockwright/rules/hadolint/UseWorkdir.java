package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.model.RunStep;
import dev.dockwright.shell.commands.CdCommand;

/** DL3003: {@code cd} in a RUN instead of WORKDIR. */
@RuleSpec(
    code = "DL3003",
    name = "UseWorkdir",
    severity = Severity.WARNING,
    origin = Origin.HADOLINT,
    summary = "Use WORKDIR to switch to a directory.",
    rationale = "`cd` lasts only until the end of its RUN, so the next instruction is back in the"
        + " previous directory, which readers easily miss; WORKDIR states the directory for every"
        + " following instruction (and creates it). ONBUILD triggers are not checked, as in"
        + " hadolint.",
    bad = "FROM python:3.12-slim\nRUN cd /app && pip install --no-cache-dir -r requirements.txt\n",
    good = "FROM python:3.12-slim\nWORKDIR /app\n"
        + "RUN pip install --no-cache-dir -r requirements.txt\n")
public final class UseWorkdir implements Rule {

  @Override
  public void check(RuleContext context) {
    for (RunUnit run : RunUnit.all(context.model())) {
      if (run.onbuild()) {
        continue;
      }
      for (RunStep.Command c : run.step().commands()) {
        if (CdCommand.match(c.invocation()).isPresent()) {
          context.report(c.range());
          break; // one finding per RUN, as hadolint
        }
      }
    }
  }
}
