package dev.dockwright.model;

import dev.dockwright.syntax.Instruction;

/** {@code USER name[:group]}. */
public record UserStep(Instruction instruction, StepContext context, UserSpec user) implements Step {}
