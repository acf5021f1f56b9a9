package dev.dockwright.model;

import dev.dockwright.syntax.ArgDeclaration;
import dev.dockwright.syntax.Instruction;
import java.util.List;
import java.util.Optional;

/** {@code ARG NAME[=default] ...}, in the global scope or in a stage. */
public record ArgStep(Instruction instruction, StepContext context, List<Arg> args)
    implements Step {

  public ArgStep {
    args = List.copyOf(args);
  }

  /**
   * One declared name.
   *
   * @param name the name
   * @param defaultValue the default after quote removal and expansion, when one is written
   * @param value what the build uses: a build argument, else the default, else (in a stage) the
   *     global ARG's value; empty when none of them gives one
   * @param declaration the declaration as written
   */
  public record Arg(
      String name, Optional<String> defaultValue, Optional<String> value, ArgDeclaration declaration) {}
}
