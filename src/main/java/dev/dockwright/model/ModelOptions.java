package dev.dockwright.model;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * What the model needs besides the Dockerfile: the stage to build ({@code --target}), build
 * arguments, the build platform, and the build context directory (for {@code .dockerignore} and
 * the project's own files), all optional.
 */
public record ModelOptions(
    Optional<String> target,
    Map<String, String> buildArgs,
    String platform,
    Optional<Path> contextDir) {

  public static final String DEFAULT_PLATFORM = "linux/amd64";

  public ModelOptions {
    buildArgs = Map.copyOf(buildArgs);
  }

  public static ModelOptions defaults() {
    return new ModelOptions(Optional.empty(), Map.of(), DEFAULT_PLATFORM, Optional.empty());
  }

  public ModelOptions withTarget(String stage) {
    return new ModelOptions(Optional.ofNullable(stage), buildArgs, platform, contextDir);
  }

  public ModelOptions withBuildArgs(Map<String, String> args) {
    return new ModelOptions(target, args, platform, contextDir);
  }

  public ModelOptions withContextDir(Path dir) {
    return new ModelOptions(target, buildArgs, platform, Optional.ofNullable(dir));
  }
}
