package dev.dockwright.engine.build;

import java.util.List;

/** What a build reports while it runs; a progress display renders these. */
public sealed interface BuildEvent {
  /** The build began on {@code path}; {@code reason} says why that path. */
  record Started(BuildPath path, String reason, List<String> command) implements BuildEvent {}

  /** Something the user should know that is not an error (e.g. a {@code # syntax=} line). */
  record Note(String text) implements BuildEvent {}

  record StepStarted(BuildStep step) implements BuildEvent {}

  /** A line of output from a running step. */
  record StepOutput(BuildStep step, String line) implements BuildEvent {}

  /** A step ended: done, cached or failed. */
  record StepFinished(BuildStep step) implements BuildEvent {}

  record Finished(BuildResult result) implements BuildEvent {}
}
