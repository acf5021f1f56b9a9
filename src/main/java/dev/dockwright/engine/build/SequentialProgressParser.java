package dev.dockwright.engine.build;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * The builders that run one step at a time and print a header for each (the classic builder,
 * Podman): a header opens a step and ends the one before; cache markers, layer ids, output lines
 * and the error belong to the step that is open.
 */
abstract class SequentialProgressParser extends ProgressParser {
  /** The open step's id; null before the first header (the base ignores ids it does not know). */
  private String open;

  SequentialProgressParser(DockerfileOutline outline, Consumer<BuildEvent> listener, LongSupplier nanoTime) {
    super(outline, listener, nanoTime);
  }

  /** A step header: the step before it is done. */
  protected void open(String id, String name, Optional<DockerfileOutline.Instruction> instruction) {
    finishRunning();
    open = id;
    start(id, name, instruction);
  }

  protected void openCached() {
    markCached(open);
  }

  /** The open step wrote its layer. */
  protected void openDone() {
    finish(open, BuildStep.Status.DONE, null);
  }

  protected void openOutput(String line) {
    output(open, line);
  }

  /** The build failed with {@code message}, in the open step if there is one. */
  protected void fail(String message) {
    error = message;
    finish(open, BuildStep.Status.FAILED, null);
  }
}
