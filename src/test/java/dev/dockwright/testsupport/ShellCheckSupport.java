package dev.dockwright.testsupport;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.dockwright.rules.shellcheck.ShellCheck;

/**
 * Tests that run the real {@code shellcheck}: skipped with a message when it is not installed,
 * but failed when {@code DOCKWRIGHT_REQUIRE_SHELLCHECK=1} (CI installs it and sets that), so a CI
 * image without it cannot pass silently.
 */
public final class ShellCheckSupport {
  private ShellCheckSupport() {}

  public static final String REQUIRE = "DOCKWRIGHT_REQUIRE_SHELLCHECK";

  /** The installed ShellCheck; skips (or, when required, fails) the calling test without it. */
  public static ShellCheck require() {
    var found = ShellCheck.onPath();
    if (found.isEmpty() && "1".equals(System.getenv(REQUIRE))) {
      throw new AssertionError("shellcheck is not on PATH but " + REQUIRE + "=1");
    }
    assumeTrue(found.isPresent(), "shellcheck not installed: ShellCheck tests skipped");
    return found.get();
  }
}
