package dev.dockwright.lint.demo;

import dev.dockwright.lint.Fix;
import dev.dockwright.lint.FixSafety;
import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.lint.TextEdit;
import dev.dockwright.syntax.Arguments;
import dev.dockwright.syntax.Instruction;
import dev.dockwright.syntax.InstructionKind;

/**
 * Test fixture for the engine (not a product rule): a BuildKit-origin rule with a safe fix, to
 * exercise {@code # check=} handling and fixes.
 */
@RuleSpec(
    code = "DemoMaintainer",
    name = "DemoMaintainer",
    severity = Severity.WARNING,
    origin = Origin.BUILDKIT,
    summary = "MAINTAINER is deprecated.",
    rationale = "The MAINTAINER instruction is deprecated in favour of a label.",
    bad = "FROM alpine\nMAINTAINER me@example.org\n",
    good = "FROM alpine\nLABEL org.opencontainers.image.authors=\"me@example.org\"\n",
    fix = "Replaces the instruction with an org.opencontainers.image.authors label.",
    fixSafety = FixSafety.SAFE,
    url = "https://docs.docker.com/go/dockerfile/rule/maintainer-deprecated/")
public final class DemoMaintainer implements Rule {

  @Override
  public void check(RuleContext context) {
    for (Instruction instruction : context.dockerfile().instructions()) {
      if (instruction.kind() == InstructionKind.MAINTAINER
          && instruction.arguments() instanceof Arguments.Text text) {
        String label = "LABEL org.opencontainers.image.authors=\""
            + text.text().value().replace("\"", "\\\"") + "\"";
        context.report(instruction.range(), "Maintainer instruction is deprecated.",
            Fix.safe("Use a label", TextEdit.replace(instruction.range().startOffset(),
                instruction.range().endOffset(), label)));
      }
    }
  }
}
