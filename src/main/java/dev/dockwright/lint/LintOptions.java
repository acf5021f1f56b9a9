package dev.dockwright.lint;

import java.util.Optional;

/**
 * Per-run options that are not configuration.
 *
 * @param checkOverride BuildKit's {@code BUILDKIT_DOCKERFILE_CHECK} build argument, parsed: when
 *     present it replaces every file's {@code # check=} directive, as in BuildKit
 * @param target the {@code --target} stage; the semantic model will use it to pick the final
 *     stage (passed through until then)
 */
public record LintOptions(Optional<CheckOptions> checkOverride, Optional<String> target) {

  public static final LintOptions DEFAULT = new LintOptions(Optional.empty(), Optional.empty());

  /** The name of the build argument that overrides the check directive. */
  public static final String CHECK_BUILD_ARG = "BUILDKIT_DOCKERFILE_CHECK";
}
