package dev.dockwright.model;

import java.util.List;
import java.util.Optional;

/**
 * The build state an instruction runs in: variables, working directory, shell and user. Each
 * {@link Step} carries the state from just before it ran.
 *
 * @param scope ARG and ENV in effect
 * @param workdir the absolute working directory ({@code /} unless WORKDIR set one)
 * @param shell the SHELL command line ({@code ["/bin/sh", "-c"]} by default)
 * @param user the last USER of this stage or the stages it builds on; empty when none set one
 *     (the base image's user, normally root)
 */
public record StepContext(Scope scope, String workdir, List<String> shell, Optional<UserSpec> user) {

  public static final List<String> DEFAULT_SHELL = List.of("/bin/sh", "-c");

  public StepContext {
    shell = List.copyOf(shell);
  }

  public StepContext withScope(Scope next) {
    return new StepContext(next, workdir, shell, user);
  }

  public StepContext withWorkdir(String next) {
    return new StepContext(scope, next, shell, user);
  }

  public StepContext withShell(List<String> next) {
    return new StepContext(scope, workdir, next, user);
  }

  public StepContext withUser(UserSpec next) {
    return new StepContext(scope, workdir, shell, Optional.of(next));
  }
}
