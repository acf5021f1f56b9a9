package dev.dockwright.model;

import dev.dockwright.syntax.Instruction;

/** CMD or ENTRYPOINT (see {@link #kind()}), exec or shell form. */
public record CommandStep(Instruction instruction, StepContext context, CommandSpec command)
    implements Step {}
