package dev.dockwright.syntax;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates the read-only reference data: {@code ../shared} beside the project, or the directory
 * named by the system property or environment variable {@code DOCKWRIGHT_SHARED}. Tests that need
 * it call {@link #require(String)} and are skipped when it is absent.
 */
public final class SharedData {
  private SharedData() {}

  public static Path root() {
    String configured = System.getProperty("DOCKWRIGHT_SHARED", System.getenv("DOCKWRIGHT_SHARED"));
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured);
    }
    return Path.of(System.getProperty("user.dir")).toAbsolutePath().resolveSibling("shared");
  }

  /** The sub-directory {@code relative} of the shared data; skips the test when it is missing. */
  public static Path require(String relative) {
    Path dir = root().resolve(relative);
    assumeTrue(Files.isDirectory(dir), "shared data not present: " + dir);
    return dir;
  }
}
