package dev.dockwright.image;

import java.time.Duration;
import java.util.List;

/**
 * The image's HEALTHCHECK as stored in the config. Zero durations and retries mean "not set", in
 * which case the engine uses its defaults; {@link #effectiveInterval()} and friends apply them.
 *
 * @param test {@code ["CMD", argv...]}, {@code ["CMD-SHELL", "command"]} or {@code ["NONE"]}
 */
public record Healthcheck(
    List<String> test,
    Duration interval,
    Duration timeout,
    Duration startPeriod,
    Duration startInterval,
    int retries) {

  /** Docker's defaults for unset fields (moby daemon/health.go). */
  public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(30);
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
  public static final Duration DEFAULT_START_INTERVAL = Duration.ofSeconds(5);
  public static final int DEFAULT_RETRIES = 3;

  public Healthcheck {
    test = List.copyOf(test);
  }

  /** True for {@code HEALTHCHECK NONE} (which also disables a base image's healthcheck). */
  public boolean disabled() {
    return test.isEmpty() || test.get(0).equals("NONE");
  }

  /** The command as a person would read it: {@code CMD-SHELL curl -f ...} or the argv. */
  public String commandText() {
    if (test.isEmpty()) return "";
    return String.join(" ", test);
  }

  public Duration effectiveInterval() {
    return interval.isZero() ? DEFAULT_INTERVAL : interval;
  }

  public Duration effectiveTimeout() {
    return timeout.isZero() ? DEFAULT_TIMEOUT : timeout;
  }

  public Duration effectiveStartInterval() {
    return startInterval.isZero() ? DEFAULT_START_INTERVAL : startInterval;
  }

  public int effectiveRetries() {
    return retries == 0 ? DEFAULT_RETRIES : retries;
  }
}
