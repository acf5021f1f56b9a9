package dev.dockwright.engine.build;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a builder's text output, line by line, into steps and events. Subclasses know one
 * builder's format; this base keeps the steps, their last output lines and the error.
 */
abstract class ProgressParser {
  private static final int OUTPUT_LINES_KEPT = 25;
  private static final Pattern PARSE_ERROR_LINE =
      Pattern.compile("(?i)(?:dockerfile parse error (?:on )?line|Dockerfile:)\\s*(\\d+)");

  protected final DockerfileOutline outline;
  private final Consumer<BuildEvent> listener;
  private final LongSupplier nanoTime;
  private final Map<String, Mutable> steps = new LinkedHashMap<>();
  protected String error;
  protected String failedStepId;
  /** A Dockerfile line the builder named in its error output, if any. */
  protected Integer reportedLine;

  ProgressParser(DockerfileOutline outline, Consumer<BuildEvent> listener, LongSupplier nanoTime) {
    this.outline = outline;
    this.listener = listener;
    this.nanoTime = nanoTime;
  }

  /** Feeds one line of the builder's output (no line terminator). */
  final void line(String raw) {
    read(raw.stripTrailing());
  }

  /** One line of output, trailing blanks removed. */
  abstract void read(String line);

  /** The image id the output announced, if it did. */
  Optional<String> imageId() {
    return Optional.empty();
  }

  private static final class Mutable {
    final String id;
    final String name;
    final Optional<DockerfileOutline.Instruction> instruction;
    BuildStep.Status status = BuildStep.Status.RUNNING;
    final long started;
    Duration duration = Duration.ZERO;
    final Deque<String> output = new ArrayDeque<>();

    Mutable(String id, String name, Optional<DockerfileOutline.Instruction> instruction, long started) {
      this.id = id;
      this.name = name;
      this.instruction = instruction;
      this.started = started;
    }

    BuildStep snapshot() {
      return new BuildStep(id, name, instruction, status, duration);
    }
  }

  protected boolean known(String id) {
    return steps.containsKey(id);
  }

  protected void start(String id, String name, Optional<DockerfileOutline.Instruction> instruction) {
    Mutable m = new Mutable(id, name, instruction, nanoTime.getAsLong());
    steps.put(id, m);
    listener.accept(new BuildEvent.StepStarted(m.snapshot()));
  }

  protected void output(String id, String line) {
    Mutable m = steps.get(id);
    if (m == null) {
      return;
    }
    m.output.addLast(line);
    if (m.output.size() > OUTPUT_LINES_KEPT) {
      m.output.removeFirst();
    }
    listener.accept(new BuildEvent.StepOutput(m.snapshot(), line));
  }

  /** Ends a running step; {@code duration} null means "measure it". */
  protected void finish(String id, BuildStep.Status status, Duration duration) {
    Mutable m = steps.get(id);
    if (m == null || m.status != BuildStep.Status.RUNNING) {
      return;
    }
    m.status = status;
    m.duration = status == BuildStep.Status.CACHED ? Duration.ZERO
        : duration != null ? duration : Duration.ofNanos(nanoTime.getAsLong() - m.started);
    if (status == BuildStep.Status.FAILED) {
      failedStepId = id;
    }
    listener.accept(new BuildEvent.StepFinished(m.snapshot()));
  }

  /** Marks a step cached without ending it (Podman says so before the step's last line). */
  protected void markCached(String id) {
    Mutable m = steps.get(id);
    if (m != null && m.status == BuildStep.Status.RUNNING) {
      m.status = BuildStep.Status.CACHED;
      m.duration = Duration.ZERO;
      listener.accept(new BuildEvent.StepFinished(m.snapshot()));
    }
  }

  /** Ends every running step, as done; used when the next step starts or the build ends. */
  protected void finishRunning() {
    for (Mutable m : steps.values()) {
      if (m.status == BuildStep.Status.RUNNING) {
        finish(m.id, BuildStep.Status.DONE, null);
      }
    }
  }

  protected Optional<String> lastRunning() {
    String last = null;
    for (Mutable m : steps.values()) {
      if (m.status == BuildStep.Status.RUNNING) {
        last = m.id;
      }
    }
    return Optional.ofNullable(last);
  }

  List<BuildStep> steps() {
    return steps.values().stream().map(Mutable::snapshot).toList();
  }

  /**
   * The failure after the builder exited with {@code exitCode}, or empty on success. The failing
   * step's instruction gives the line; else a line number in the error message does.
   */
  Optional<BuildFailure> failure(int exitCode, String file) {
    if (exitCode == 0 && failedStepId == null) {
      return Optional.empty();
    }
    if (failedStepId == null) {
      lastRunning().ifPresent(id -> finish(id, BuildStep.Status.FAILED, null));
    }
    Mutable failed = failedStepId == null ? null : steps.get(failedStepId);
    String message = error != null ? error : "the builder exited with code " + exitCode;
    Optional<DockerfileOutline.Instruction> at = failed == null ? Optional.empty() : failed.instruction;
    if (at.isEmpty() && reportedLine != null) {
      at = outline.atLine(reportedLine);
    }
    if (at.isEmpty()) {
      Matcher m = PARSE_ERROR_LINE.matcher(message);
      if (m.find()) {
        at = outline.atLine(Integer.parseInt(m.group(1)));
      }
    }
    if (at.isEmpty() && failed != null) {
      at = instructionForInternal(failed.name);
    }
    return Optional.of(new BuildFailure(message, file, at,
        Optional.ofNullable(failed).map(f -> f.name), failed == null ? List.of() : new ArrayList<>(failed.output),
        hint(message, at)));
  }

  /** A step that is not an instruction but belongs to one (e.g. loading a FROM image). */
  protected Optional<DockerfileOutline.Instruction> instructionForInternal(String stepName) {
    return Optional.empty();
  }

  private static String hint(String message, Optional<DockerfileOutline.Instruction> at) {
    String m = message.toLowerCase(java.util.Locale.ROOT);
    boolean heredoc = at.map(i -> !i.heredocs().isEmpty()).orElse(false);
    if (m.contains("parse error") && heredoc) {
      return "this builder's Dockerfile frontend predates heredocs (Dockerfile 1.4); use a RUN with && or COPY a script";
    }
    if (m.contains("unknown flag: link") || m.contains("unknown flag: parents") || m.contains("unknown flag: exclude")) {
      return "this builder's Dockerfile frontend predates that flag; drop it";
    }
    if (m.contains("pull access denied") || m.contains("failed to resolve") || m.contains("not found: manifest unknown")
        || m.contains("no such host") || m.contains("dial tcp") || m.contains("docker.io")) {
      return "the base image is not in the engine and no registry is reachable: build or load it first";
    }
    return "";
  }
}
