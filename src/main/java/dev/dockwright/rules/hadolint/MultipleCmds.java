package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.syntax.InstructionKind;

/** DL4003: more than one CMD in a stage. */
@RuleSpec(
    code = "DL4003",
    name = "MultipleCmds",
    severity = Severity.WARNING,
    origin = Origin.HADOLINT,
    summary = "Multiple `CMD` instructions found. If you list more than one `CMD` then only the"
        + " last `CMD` will take effect",
    rationale = "An image has one default command; each CMD replaces the previous one, so all"
        + " but the last in a stage are dead code that readers may take for commands that run."
        + " Each stage may have its own.",
    bad = "FROM python:3.12-slim\nCMD [\"python\", \"manage.py\", \"migrate\"]\n"
        + "CMD [\"gunicorn\", \"app.wsgi\"]\n",
    good = "FROM python:3.12-slim\nCMD [\"gunicorn\", \"app.wsgi\"]\n")
public final class MultipleCmds implements Rule {

  @Override
  public void check(RuleContext context) {
    RepeatedInstruction.report(context, InstructionKind.CMD);
  }
}
