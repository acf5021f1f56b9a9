package dev.dockwright.engine.build;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code podman build} output: {@code [2/2] STEP 4/8: RUN ...} (no stage prefix with one
 * stage) opens a step, {@code --> Using cache ID} marks it cached, {@code --> ID} ends it, other
 * lines are its output, and {@code Error: ...} is the failure. Podman prints no durations, so they
 * are measured between lines.
 */
final class PodmanProgressParser extends ProgressParser {
  private static final Pattern STEP = Pattern.compile("(?:\\[(\\d+)/(\\d+)] )?STEP (\\d+)/(\\d+): (.*)");
  private static final Pattern IMAGE_ID = Pattern.compile("[0-9a-f]{64}");

  private String current;
  private String imageId;

  PodmanProgressParser(DockerfileOutline outline, Consumer<BuildEvent> listener, LongSupplier nanoTime) {
    super(outline, listener, nanoTime);
  }

  @Override
  void line(String raw) {
    String line = raw.stripTrailing();
    Matcher s = STEP.matcher(line);
    if (s.matches()) {
      finishRunning();
      int stage = s.group(1) == null ? 1 : Integer.parseInt(s.group(1));
      int n = Integer.parseInt(s.group(3));
      current = stage + "." + n;
      String name = (s.group(1) == null ? "" : "[" + s.group(1) + "/" + s.group(2) + "] ")
          + "STEP " + n + "/" + s.group(4) + ": " + s.group(5);
      start(current, name, outline.forPodmanStep(stage, n));
      return;
    }
    if (line.startsWith("--> Using cache")) {
      if (current != null) {
        markCached(current);
      }
      return;
    }
    if (line.startsWith("--> ")) {
      if (current != null) {
        finish(current, BuildStep.Status.DONE, null);
      }
      return;
    }
    if (line.startsWith("Error: ") || line.startsWith("error ")) {
      error = line.replaceFirst("^(Error: |error )", "");
      if (current != null) {
        finish(current, BuildStep.Status.FAILED, null);
      }
      return;
    }
    if (IMAGE_ID.matcher(line).matches()) {
      imageId = "sha256:" + line;
      return;
    }
    if (line.startsWith("COMMIT") || line.startsWith("Successfully tagged") || line.startsWith("time=")) {
      return;
    }
    if (current != null) {
      output(current, line);
    }
  }

  @Override
  Optional<String> imageId() {
    return Optional.ofNullable(imageId);
  }
}
