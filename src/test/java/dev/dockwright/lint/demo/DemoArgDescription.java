package dev.dockwright.lint.demo;

import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.syntax.Instruction;
import dev.dockwright.syntax.InstructionKind;

/** Test fixture for the engine (not a product rule): an experimental BuildKit-origin rule. */
@RuleSpec(
    code = "DemoArgDescription",
    name = "DemoArgDescription",
    severity = Severity.INFO,
    origin = Origin.BUILDKIT,
    summary = "An ARG instruction (stands in for an experimental check).",
    rationale = "Exercises the gating of experimental rules.",
    bad = "FROM alpine\nARG VERSION\n",
    good = "FROM alpine\n",
    experimental = true)
public final class DemoArgDescription implements Rule {

  @Override
  public void check(RuleContext context) {
    for (Instruction instruction : context.dockerfile().instructions()) {
      if (instruction.kind() == InstructionKind.ARG) {
        context.report(instruction.keyword().range());
      }
    }
  }
}
