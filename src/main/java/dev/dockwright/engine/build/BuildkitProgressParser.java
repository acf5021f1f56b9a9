package dev.dockwright.engine.build;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads BuildKit's {@code --progress=plain} output: {@code #N [stage n/m] INSTRUCTION} opens step N,
 * {@code #N 0.512 text} is its output, {@code #N DONE 1.2s}, {@code #N CACHED} and
 * {@code #N ERROR: why} end it; lines without {@code #} after an error are the summary, whose last
 * line is the error.
 */
final class BuildkitProgressParser extends ProgressParser {
  private static final Pattern VERTEX = Pattern.compile("#(\\d+) (.*)");
  private static final Pattern LOG = Pattern.compile("(\\d+\\.\\d+) (.*)");
  private static final Pattern DONE = Pattern.compile("DONE (\\d+(?:\\.\\d+)?)s");
  private static final Pattern METADATA = Pattern.compile("\\[internal] load metadata for (\\S+)");

  private static final Pattern DOCKERFILE_LINE = Pattern.compile("\\S*Dockerfile\\S*:(\\d+)");
  private boolean inRuler;

  BuildkitProgressParser(DockerfileOutline outline, Consumer<BuildEvent> listener, LongSupplier nanoTime) {
    super(outline, listener, nanoTime);
  }

  @Override
  void read(String line) {
    Matcher v = VERTEX.matcher(line);
    if (!v.matches()) {
      summaryLine(line);
      return;
    }
    String id = "#" + v.group(1);
    String rest = v.group(2);
    if (!known(id)) {
      if (rest.startsWith("[") || !rest.startsWith("sha256:")) {
        start(id, rest, rest.startsWith("[internal]") ? Optional.empty() : outline.forBuildkitStep(rest));
      }
      return;
    }
    Matcher done = DONE.matcher(rest);
    if (done.matches()) {
      finish(id, BuildStep.Status.DONE, Duration.ofMillis(Math.round(Double.parseDouble(done.group(1)) * 1000)));
    } else if (rest.equals("CACHED")) {
      finish(id, BuildStep.Status.CACHED, Duration.ZERO);
    } else if (rest.startsWith("ERROR")) {
      error = rest.replaceFirst("^ERROR:?\\s*", "");
      finish(id, BuildStep.Status.FAILED, null);
    } else if (rest.equals("CANCELED")) {
      finish(id, BuildStep.Status.FAILED, null);
    } else {
      Matcher log = LOG.matcher(rest);
      if (log.matches()) {
        output(id, log.group(2));
      }
      // else a status line ("transferring context: 2B done", "sha256:...")
    }
  }

  /**
   * After a failure BuildKit prints a summary: the failing step's output between {@code ------}
   * rulers, newer versions a {@code Dockerfile:14} source excerpt, and last the error itself.
   */
  private void summaryLine(String line) {
    String t = line.strip();
    if (t.isEmpty()) {
      return;
    }
    if (t.startsWith("------")) {
      inRuler = !inRuler;
      return;
    }
    if (inRuler) {
      return;
    }
    Matcher at = DOCKERFILE_LINE.matcher(t);
    if (at.matches()) {
      reportedLine = Integer.parseInt(at.group(1));
      return;
    }
    if (t.startsWith("WARNING:") || t.startsWith("DEPRECATED:")) {
      return;
    }
    error = t.replaceFirst("(?i)^error:\\s*", "");
  }

  @Override
  protected Optional<DockerfileOutline.Instruction> instructionForInternal(String stepName) {
    Matcher m = METADATA.matcher(stepName);
    if (!m.find()) {
      return Optional.empty();
    }
    String ref = m.group(1).replaceFirst("^docker\\.io/library/", "").replaceFirst("^docker\\.io/", "");
    for (DockerfileOutline.Instruction x : outline.instructions()) {
      String image = DockerfileOutline.fromImage(x).orElse(null);
      if (image != null && (image.equals(ref) || (image + ":latest").equals(ref))) {
        return Optional.of(x);
      }
    }
    return Optional.empty();
  }
}
