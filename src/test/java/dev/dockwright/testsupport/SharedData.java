package dev.dockwright.testsupport;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates the read-only reference data ({@code /work/shared}): the system property or environment
 * variable {@code DOCKWRIGHT_SHARED}, else {@code ../shared} next to the project directory. Tests
 * call {@link #require(String)} so that they are skipped, not failed, when the data is absent.
 */
public final class SharedData {

  private SharedData() {}

  /** The shared directory, whether or not it exists. */
  public static Path root() {
    String configured = System.getProperty("DOCKWRIGHT_SHARED", System.getenv("DOCKWRIGHT_SHARED"));
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured);
    }
    // ../shared beside the project; a git worktree may sit a level deeper, so look upwards
    Path project = Path.of(System.getProperty("user.dir")).toAbsolutePath();
    for (Path p = project.getParent(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("shared").resolve("conformance"))) {
        return p.resolve("shared");
      }
    }
    return project.resolveSibling("shared");
  }

  /** {@code root().resolve(relative)}, skipping the calling test when it does not exist. */
  public static Path require(String relative) {
    Path path = root().resolve(relative);
    assumeTrue(Files.exists(path), () -> "reference data not found: " + path
        + " (set DOCKWRIGHT_SHARED to the shared directory)");
    return path;
  }
}
