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
final class PodmanProgressParser extends SequentialProgressParser {
  private static final Pattern STEP = Pattern.compile("(?:\\[(\\d+)/(\\d+)] )?STEP (\\d+)/(\\d+): (.*)");
  private static final Pattern IMAGE_ID = Pattern.compile("[0-9a-f]{64}");

  private String imageId;

  PodmanProgressParser(DockerfileOutline outline, Consumer<BuildEvent> listener, LongSupplier nanoTime) {
    super(outline, listener, nanoTime);
  }

  @Override
  void read(String line) {
    Matcher s = STEP.matcher(line);
    if (s.matches()) {
      int stage = s.group(1) == null ? 1 : Integer.parseInt(s.group(1));
      int n = Integer.parseInt(s.group(3));
      String name = (s.group(1) == null ? "" : "[" + s.group(1) + "/" + s.group(2) + "] ")
          + "STEP " + n + "/" + s.group(4) + ": " + s.group(5);
      open(stage + "." + n, name, outline.forPodmanStep(stage, n));
    } else if (line.startsWith("--> Using cache")) {
      openCached();
    } else if (line.startsWith("--> ")) {
      openDone();
    } else if (line.startsWith("Error: ") || line.startsWith("error ")) {
      fail(line.replaceFirst("^(Error: |error )", ""));
    } else if (IMAGE_ID.matcher(line).matches()) {
      imageId = "sha256:" + line;
    } else if (!(line.startsWith("COMMIT") || line.startsWith("Successfully tagged") || line.startsWith("time="))) {
      openOutput(line);
    }
  }

  @Override
  Optional<String> imageId() {
    return Optional.ofNullable(imageId);
  }
}
