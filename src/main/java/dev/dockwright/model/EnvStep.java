package dev.dockwright.model;

import dev.dockwright.syntax.Instruction;
import java.util.List;

/** {@code ENV A=1 B=2}: each pair with its expanded value. */
public record EnvStep(Instruction instruction, StepContext context, List<Variable> variables)
    implements Step {
  public EnvStep {
    variables = List.copyOf(variables);
  }
}
