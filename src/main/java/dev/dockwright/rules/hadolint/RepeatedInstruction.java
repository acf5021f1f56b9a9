package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.RuleContext;
import dev.dockwright.syntax.Instruction;
import dev.dockwright.syntax.InstructionKind;

/** DL4003 and DL4004: an instruction that only counts once per stage, repeated in a stage. */
final class RepeatedInstruction {

  private RepeatedInstruction() {}

  /** Reports every {@code kind} after the first in a stage (instructions before FROM: a stage). */
  static void report(RuleContext context, InstructionKind kind) {
    Instruction first = null;
    for (Instruction in : context.dockerfile().instructions()) {
      if (in.kind() == InstructionKind.FROM) {
        first = null;
      } else if (in.kind() == kind) {
        if (first != null) {
          context.report(in.range(), "Multiple `" + kind + "` instructions in this stage (the"
              + " first on line " + first.startLine() + "): only the last takes effect.");
        } else {
          first = in;
        }
      }
    }
  }
}
