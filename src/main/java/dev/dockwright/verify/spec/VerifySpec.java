package dev.dockwright.verify.spec;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A parsed {@code dockwright-verify.yaml}: what verify checks about an image and its containers.
 * Build it with {@link VerifySpecParser}; {@link #defaults()} is what runs without a spec file.
 *
 * @param file the spec file, empty for defaults
 * @param image image checks (always present; defaults fill what the file leaves out)
 * @param runtime container checks
 * @param structureTests container-structure-test files to run, resolved against the spec's
 *     directory and checked to exist
 */
public record VerifySpec(Optional<Path> file, ImageSpec image, RuntimeSpec runtime, List<Path> structureTests) {
  public VerifySpec {
    structureTests = List.copyOf(structureTests);
  }

  public static final String FILE_NAME = "dockwright-verify.yaml";

  public static VerifySpec defaults() {
    return new VerifySpec(Optional.empty(), ImageSpec.defaults(), RuntimeSpec.defaults(), List.of());
  }
}
