package dev.dockwright.verify.runtime;

import dev.dockwright.verify.CheckResult;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What the container checks found.
 *
 * @param results one per check, in report order
 * @param logs the container's last output lines (shown when a check failed)
 * @param timeToReady start to healthy (or first good probe), when it got there
 * @param stopTime SIGTERM to exit, when it was stopped
 */
public record RuntimeOutcome(List<CheckResult> results, List<String> logs, Optional<Duration> timeToReady,
    Optional<Duration> stopTime) {
  public RuntimeOutcome {
    results = List.copyOf(results);
    logs = List.copyOf(logs);
  }

  public boolean failed() {
    return results.stream().anyMatch(CheckResult::failed);
  }
}
