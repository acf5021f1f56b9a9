package dev.dockwright.model;

import dev.dockwright.syntax.Instruction;
import java.util.Map;
import java.util.Optional;

/**
 * {@code HEALTHCHECK [options] CMD ...} or {@code HEALTHCHECK NONE}.
 *
 * @param disabled {@code HEALTHCHECK NONE}: turns off a check inherited from the base image
 * @param command what the check runs, absent for NONE
 * @param options the flags by name without dashes ({@code interval -> 30s})
 */
public record HealthcheckStep(
    Instruction instruction,
    StepContext context,
    boolean disabled,
    Optional<CommandSpec> command,
    Map<String, String> options) implements Step {
  public HealthcheckStep {
    options = Map.copyOf(options);
  }
}
