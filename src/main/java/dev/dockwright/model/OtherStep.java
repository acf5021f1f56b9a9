package dev.dockwright.model;

import dev.dockwright.syntax.Instruction;

/** VOLUME, STOPSIGNAL, MAINTAINER, ONBUILD and unknown instructions: kept, not interpreted. */
public record OtherStep(Instruction instruction, StepContext context) implements Step {}
