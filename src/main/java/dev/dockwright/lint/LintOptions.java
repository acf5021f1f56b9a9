package dev.dockwright.lint;

import java.util.Map;
import java.util.Optional;

/**
 * Per-run options that are not configuration.
 *
 * @param checkOverride BuildKit's {@code BUILDKIT_DOCKERFILE_CHECK} build argument, parsed: when
 *     present it replaces every file's {@code # check=} directive, as in BuildKit
 * @param target the {@code --target} stage: the model's final stage
 * @param buildArgs {@code --build-arg} values, which ARG defaults give way to
 */
public record LintOptions(
    Optional<CheckOptions> checkOverride, Optional<String> target, Map<String, String> buildArgs) {

  public static final LintOptions DEFAULT =
      new LintOptions(Optional.empty(), Optional.empty(), Map.of());

  public LintOptions {
    buildArgs = Map.copyOf(buildArgs);
  }

  public LintOptions(Optional<CheckOptions> checkOverride, Optional<String> target) {
    this(checkOverride, target, Map.of());
  }

  /** The name of the build argument that overrides the check directive. */
  public static final String CHECK_BUILD_ARG = "BUILDKIT_DOCKERFILE_CHECK";
}
