package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.syntax.InstructionKind;

/** DL4004: more than one ENTRYPOINT in a stage. */
@RuleSpec(
    code = "DL4004",
    name = "MultipleEntrypoints",
    severity = Severity.ERROR,
    origin = Origin.HADOLINT,
    summary = "Multiple `ENTRYPOINT` instructions found. If you list more than one `ENTRYPOINT`"
        + " then only the last `ENTRYPOINT` will take effect",
    rationale = "An image has one entrypoint; each ENTRYPOINT replaces the previous one, so all"
        + " but the last in a stage never run, which is rarely what the author meant. Each"
        + " stage may have its own.",
    bad = "FROM python:3.12-slim\nENTRYPOINT [\"/docker-entrypoint.sh\"]\n"
        + "ENTRYPOINT [\"gunicorn\"]\n",
    good = "FROM python:3.12-slim\nENTRYPOINT [\"/docker-entrypoint.sh\"]\n"
        + "CMD [\"gunicorn\", \"app.wsgi\"]\n")
public final class MultipleEntrypoints implements Rule {

  @Override
  public void check(RuleContext context) {
    RepeatedInstruction.report(context, InstructionKind.ENTRYPOINT);
  }
}
