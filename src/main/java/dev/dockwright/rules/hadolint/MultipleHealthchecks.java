package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.syntax.Instruction;
import dev.dockwright.syntax.InstructionKind;

/** DL3012: more than one HEALTHCHECK in a stage. */
@RuleSpec(
    code = "DL3012",
    name = "MultipleHealthchecks",
    severity = Severity.ERROR,
    origin = Origin.HADOLINT,
    summary = "Multiple HEALTHCHECK instructions in one stage: only the last one takes effect.",
    rationale = "An image has one health check; each HEALTHCHECK replaces the previous one, so"
        + " all but the last are dead code that readers may take for checks that run. Each stage"
        + " may have its own.",
    bad = "FROM python:3.12-slim\nHEALTHCHECK CMD python -c 'print(1)'\n"
        + "HEALTHCHECK CMD python -c 'print(2)'\n",
    good = "FROM python:3.12-slim\nHEALTHCHECK CMD python -c 'print(2)'\n")
public final class MultipleHealthchecks implements Rule {

  @Override
  public void check(RuleContext context) {
    boolean seen = false;
    for (Instruction in : context.dockerfile().instructions()) {
      if (in.kind() == InstructionKind.FROM) {
        seen = false;
      } else if (in.kind() == InstructionKind.HEALTHCHECK) {
        if (seen) {
          context.report(in.range());
        }
        seen = true;
      }
    }
  }
}
