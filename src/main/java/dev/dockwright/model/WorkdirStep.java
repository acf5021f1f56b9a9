package dev.dockwright.model;

import dev.dockwright.syntax.Instruction;

/**
 * {@code WORKDIR path}.
 *
 * @param path as written after expansion (maybe relative)
 * @param resolved absolute, against the previous working directory
 */
public record WorkdirStep(Instruction instruction, StepContext context, String path, String resolved)
    implements Step {}
