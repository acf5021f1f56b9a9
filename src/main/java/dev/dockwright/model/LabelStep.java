package dev.dockwright.model;

import dev.dockwright.syntax.Instruction;
import java.util.List;

/** {@code LABEL k=v ...}: each pair with its expanded value. */
public record LabelStep(Instruction instruction, StepContext context, List<Variable> labels)
    implements Step {
  public LabelStep {
    labels = List.copyOf(labels);
  }
}
