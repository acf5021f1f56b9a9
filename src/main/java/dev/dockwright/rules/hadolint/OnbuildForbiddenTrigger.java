package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.syntax.Instruction;
import dev.dockwright.syntax.InstructionKind;
import java.util.Optional;
import java.util.Set;

/** DL3043: {@code ONBUILD ONBUILD}, {@code ONBUILD FROM} or {@code ONBUILD MAINTAINER}. */
@RuleSpec(
    code = "DL3043",
    name = "OnbuildForbiddenTrigger",
    severity = Severity.ERROR,
    origin = Origin.HADOLINT,
    summary = "`ONBUILD`, `FROM` or `MAINTAINER` triggered from within `ONBUILD` instruction.",
    rationale = "Docker does not allow these as ONBUILD triggers: chaining `ONBUILD ONBUILD` and"
        + " `ONBUILD FROM` / `ONBUILD MAINTAINER` are rejected, at the latest when an image is"
        + " built FROM this one, which then fails for someone else.",
    bad = "FROM python:3.12-slim\nONBUILD FROM python:3.12-slim\n",
    good = "FROM python:3.12-slim\nONBUILD COPY requirements.txt /app/\n")
public final class OnbuildForbiddenTrigger implements Rule {

  private static final Set<InstructionKind> FORBIDDEN =
      Set.of(InstructionKind.ONBUILD, InstructionKind.FROM, InstructionKind.MAINTAINER);

  @Override
  public void check(RuleContext context) {
    for (Instruction in : context.dockerfile().instructions()) {
      Optional<Instruction> trigger = in.trigger();
      if (in.kind() == InstructionKind.ONBUILD && trigger.isPresent()
          && FORBIDDEN.contains(trigger.get().kind())) {
        context.report(trigger.get().keyword().range(), "`ONBUILD "
            + trigger.get().keyword().value().toUpperCase(java.util.Locale.ROOT)
            + "` is not allowed: Docker rejects ONBUILD, FROM and MAINTAINER as triggers.");
      }
    }
  }
}
