package dev.dockwright.model;

import dev.dockwright.syntax.Instruction;
import java.util.List;

/** {@code EXPOSE 8000 53/udp 7000-7010}. */
public record ExposeStep(Instruction instruction, StepContext context, List<PortSpec> ports)
    implements Step {
  public ExposeStep {
    ports = List.copyOf(ports);
  }
}
