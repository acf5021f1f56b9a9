package dev.dockwright.model;

import dev.dockwright.syntax.Instruction;
import java.util.List;

/** {@code SHELL ["/bin/bash", "-o", "pipefail", "-c"]}. */
public record ShellStep(Instruction instruction, StepContext context, List<String> shell)
    implements Step {
  public ShellStep {
    shell = List.copyOf(shell);
  }
}
