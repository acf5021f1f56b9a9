package dev.dockwright.shell;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates the read-only reference data: {@code DOCKWRIGHT_SHARED} (system property or
 * environment variable), else {@code ../shared} beside the project (or beside an ancestor, for
 * worktrees). Tests using it skip when absent.
 */
final class SharedData {

    private SharedData() {}

    static Path dir() {
        String configured = System.getProperty("DOCKWRIGHT_SHARED", System.getenv("DOCKWRIGHT_SHARED"));
        if (configured != null) {
            return Path.of(configured);
        }
        // ../shared beside the project; a git worktree may sit one level deeper
        Path project = Path.of("").toAbsolutePath();
        for (Path p = project.getParent(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("shared"))) {
                return p.resolve("shared");
            }
        }
        return project.resolveSibling("shared");
    }

    /** The path under the shared folder, skipping the calling test when it does not exist. */
    static Path require(String relative) {
        Path p = dir().resolve(relative);
        assumeTrue(Files.exists(p), "shared data not present: " + p);
        return p;
    }
}
