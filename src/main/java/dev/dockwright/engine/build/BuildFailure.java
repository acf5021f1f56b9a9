package dev.dockwright.engine.build;

import java.util.List;
import java.util.Optional;

/**
 * Why a build failed, located in the Dockerfile when possible.
 *
 * @param message the builder's error, one line
 * @param file the Dockerfile as the user named it
 * @param instruction the failing instruction, when the step or error could be mapped to one
 * @param step the failing step's name, when a step failed
 * @param output the failing step's last output lines
 * @param hint advice when the cause is known (e.g. an old built-in frontend), else empty
 */
public record BuildFailure(String message, String file, Optional<DockerfileOutline.Instruction> instruction,
    Optional<String> step, List<String> output, String hint) {
  public BuildFailure {
    output = List.copyOf(output);
  }

  /** {@code Dockerfile:14} or just the file when the line is unknown. */
  public String location() {
    return instruction.map(i -> file + ":" + i.line()).orElse(file);
  }
}
