package dev.dockwright.engine.build;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of a build.
 *
 * @param path which builder ran
 * @param imageId the image id ({@code sha256:...}) when the build succeeded
 * @param tags the names given to the image
 * @param steps every step reported, in order
 * @param duration wall time of the whole build
 * @param failure why it failed; empty on success
 */
public record BuildResult(BuildPath path, Optional<String> imageId, List<String> tags, List<BuildStep> steps,
    Duration duration, Optional<BuildFailure> failure) {
  public BuildResult {
    tags = List.copyOf(tags);
    steps = List.copyOf(steps);
  }

  public boolean succeeded() {
    return failure.isEmpty() && imageId.isPresent();
  }

  /** The name to run the image by: the first tag, else the id. */
  public String imageRef() {
    return tags.isEmpty() ? imageId.orElseThrow() : tags.get(0);
  }

  public long cachedSteps() {
    return steps.stream().filter(s -> s.status() == BuildStep.Status.CACHED).count();
  }
}
