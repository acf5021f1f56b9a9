package dev.dockwright.verify;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything {@code dockwright verify} found, for the reports.
 *
 * @param subject what was verified, e.g. {@code dockwright-test/good:latest} or {@code --build examples/app}
 * @param engine the engine it ran on, empty when none was used
 * @param checks every check in order: build, image, structure tests, runtime
 * @param logs the container's last output lines, empty when no container ran
 * @param measurements headline numbers by name: image size, time to healthy, stop time, build time
 * @param duration wall time of the whole verify
 */
public record VerifyReport(String subject, String engine, List<CheckResult> checks, List<String> logs,
    Map<String, String> measurements, Duration duration) {
  public VerifyReport {
    checks = List.copyOf(checks);
    logs = List.copyOf(logs);
    measurements = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(measurements));
  }

  public boolean passed() {
    return checks.stream().noneMatch(CheckResult::failed);
  }

  public long count(CheckResult.Status status) {
    return checks.stream().filter(c -> c.status() == status).count();
  }
}
