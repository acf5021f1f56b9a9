package dev.dockwright.model;

import dev.dockwright.syntax.Instruction;
import dev.dockwright.syntax.InstructionKind;
import dev.dockwright.syntax.Range;

/**
 * One instruction of a stage, interpreted: its arguments expanded and typed, with the build state
 * it runs in. Switch on the concrete type, or filter with {@link Stage#steps(Class)}.
 */
public sealed interface Step
    permits RunStep, CopyStep, EnvStep, ArgStep, LabelStep, UserStep, WorkdirStep, ExposeStep,
        HealthcheckStep, CommandStep, ShellStep, OtherStep {

  /** The instruction as parsed (flags, raw arguments, ranges, comments above). */
  Instruction instruction();

  /** The state just before the instruction. */
  StepContext context();

  default InstructionKind kind() {
    return instruction().kind();
  }

  default Range range() {
    return instruction().range();
  }

  default int line() {
    return instruction().startLine();
  }
}
