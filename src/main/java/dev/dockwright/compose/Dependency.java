package dev.dockwright.compose;

import dev.dockwright.syntax.Range;
import java.util.Optional;

/**
 * One entry of a service's {@code depends_on}: the short list form ({@code - db}) or the long
 * form ({@code db: {condition: service_healthy}}).
 *
 * @param service the service waited for
 * @param range where it is named
 * @param condition {@code condition:} when given; the default is {@code service_started}
 */
public record Dependency(String service, Range range, Optional<Scalar> condition) {

  public static final String STARTED = "service_started";
  public static final String HEALTHY = "service_healthy";
  public static final String COMPLETED = "service_completed_successfully";

  /** The condition in force. */
  public String effectiveCondition() {
    return condition.map(Scalar::value).orElse(STARTED);
  }
}
