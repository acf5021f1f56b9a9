package dev.dockwright.engine.build;

import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the classic builder's stream: {@code Step 5/11 : RUN ...} opens a step, {@code ---> Using
 * cache} marks it cached, {@code ---> 08524a39124e} ends it, other lines are its output. The error
 * comes separately, from the API's error detail.
 */
final class LegacyProgressParser extends SequentialProgressParser {
  private static final Pattern STEP = Pattern.compile("Step (\\d+)/(\\d+) : (.*)");
  private static final Pattern LAYER = Pattern.compile(" ---> [0-9a-f]{12}");

  LegacyProgressParser(DockerfileOutline outline, Consumer<BuildEvent> listener, LongSupplier nanoTime) {
    super(outline, listener, nanoTime);
  }

  @Override
  void read(String line) {
    Matcher s = STEP.matcher(line);
    if (s.matches()) {
      open(s.group(1), "Step " + s.group(1) + "/" + s.group(2) + " : " + s.group(3),
          outline.forLegacyStep(Integer.parseInt(s.group(1))));
    } else if (line.startsWith(" ---> Using cache")) {
      openCached();
    } else if (LAYER.matcher(line).matches()) {
      openDone();
    } else if (!(line.startsWith(" ---> Running in") || line.startsWith("Removing intermediate container")
        || line.startsWith("Successfully built") || line.startsWith("Successfully tagged") || line.isBlank())) {
      openOutput(line);
    }
  }

  /** The API's error detail for the build. */
  void error(String message) {
    fail(message.strip());
  }
}
