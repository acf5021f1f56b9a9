package dev.dockwright.engine.build;

import java.time.Duration;
import java.util.Optional;

/**
 * One build step as the builder reported it.
 *
 * @param id the builder's id for it (BuildKit {@code #7}, or the step number)
 * @param name what the builder printed, e.g. {@code [builder 3/5] RUN pip install .}
 * @param instruction the Dockerfile instruction it came from, when it could be mapped
 * @param status how it ended
 * @param duration how long it ran (zero when cached)
 */
public record BuildStep(String id, String name, Optional<DockerfileOutline.Instruction> instruction,
    Status status, Duration duration) {

  public enum Status { RUNNING, DONE, CACHED, FAILED }
}
