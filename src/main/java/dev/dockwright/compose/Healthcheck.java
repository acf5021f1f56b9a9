package dev.dockwright.compose;

import dev.dockwright.syntax.Range;
import java.util.List;
import java.util.Optional;

/**
 * A service's {@code healthcheck:}.
 *
 * @param disabled {@code disable: true} or {@code test: ["NONE"]}: the image's check is off
 * @param test what the check runs, when {@code test:} is given
 * @param range the whole {@code healthcheck:} value
 */
public record Healthcheck(boolean disabled, Optional<Test> test, Range range) {

  /** Whether the service has a check that runs (its own, not the image's). */
  public boolean active() {
    return !disabled && test.isPresent();
  }

  /**
   * {@code test:} as docker compose reads it.
   *
   * @param exec {@code ["CMD", program, args...]}: run directly, no shell
   * @param argv for {@code CMD}: the program and its arguments
   * @param shell for {@code ["CMD-SHELL", script]} or a plain string: the script {@code /bin/sh -c}
   *     runs
   * @param range the whole {@code test:} value
   */
  public record Test(boolean exec, List<Scalar> argv, Optional<Scalar> shell, Range range) {
    public Test {
      argv = List.copyOf(argv);
    }
  }
}
