package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.syntax.Instruction;
import dev.dockwright.syntax.InstructionKind;

/** DL3061: an instruction other than ARG before the first FROM. */
@RuleSpec(
    code = "DL3061",
    name = "InstructionBeforeFrom",
    severity = Severity.ERROR,
    origin = Origin.HADOLINT,
    summary = "Invalid instruction order. Dockerfile must begin with `FROM`, `ARG` or comment.",
    rationale = "A build starts with its first FROM; only ARG (the global build arguments"
        + " FROM lines may use), comments and parser directives may come before it. BuildKit"
        + " rejects any other instruction there, so the file does not build.",
    bad = "LABEL org.opencontainers.image.authors=\"team@example.com\"\nFROM alpine:3.20\n",
    good = "ARG ALPINE_VERSION=3.20\nFROM alpine:${ALPINE_VERSION}\n"
        + "LABEL org.opencontainers.image.authors=\"team@example.com\"\n")
public final class InstructionBeforeFrom implements Rule {

  @Override
  public void check(RuleContext context) {
    for (Instruction in : context.dockerfile().instructions()) {
      if (in.kind() == InstructionKind.FROM) {
        return;
      }
      if (in.kind() != InstructionKind.ARG) {
        context.report(in.range(), "`" + in.keyword().value() + "` before the first `FROM`:"
            + " a Dockerfile must begin with `FROM`, `ARG` or comments.");
      }
    }
  }
}
