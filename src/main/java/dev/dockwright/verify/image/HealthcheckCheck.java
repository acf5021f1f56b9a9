package dev.dockwright.verify.image;

import dev.dockwright.image.Healthcheck;
import dev.dockwright.secrets.SecretPatterns;
import dev.dockwright.verify.CheckResult;
import dev.dockwright.verify.spec.Durations;
import dev.dockwright.verify.spec.ImageSpec.HealthcheckLimits;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A HEALTHCHECK is defined (not absent, not {@code NONE}) and its timing is within limits, with
 * Docker's defaults (30s interval and timeout, 3 retries) standing in for unset fields.
 */
final class HealthcheckCheck implements ImageCheck {
  static final String ID = "image.healthcheck";
  private final HealthcheckLimits limits;

  HealthcheckCheck(HealthcheckLimits limits) {
    this.limits = limits;
  }

  @Override
  public List<CheckResult> run(ImageFacts facts) {
    Optional<Healthcheck> hc = facts.image().config().healthcheck();
    String title = "healthcheck defined";
    String expected = expected();
    if (hc.isEmpty()) {
      return List.of(CheckResult.fail(ID, title, "none", expected,
          "add a HEALTHCHECK (e.g. HEALTHCHECK CMD [\"python\", \"-c\", \"import urllib.request as u; u.urlopen('http://127.0.0.1:8000/health')\"])"));
    }
    if (hc.get().disabled()) {
      return List.of(CheckResult.fail(ID, title, "HEALTHCHECK NONE", expected, "the healthcheck is disabled"));
    }
    Healthcheck h = hc.get();
    String measured = SecretPatterns.redact(h.commandText()) + "; " + timing(h);
    List<String> over = new ArrayList<>();
    limits.maxInterval().filter(max -> h.effectiveInterval().compareTo(max) > 0)
        .ifPresent(max -> over.add("interval " + Durations.format(h.effectiveInterval()) + " > " + Durations.format(max)));
    limits.maxTimeout().filter(max -> h.effectiveTimeout().compareTo(max) > 0)
        .ifPresent(max -> over.add("timeout " + Durations.format(h.effectiveTimeout()) + " > " + Durations.format(max)));
    limits.maxStartPeriod().filter(max -> h.startPeriod().compareTo(max) > 0)
        .ifPresent(max -> over.add("start period " + Durations.format(h.startPeriod()) + " > " + Durations.format(max)));
    if (limits.maxRetries().isPresent() && h.effectiveRetries() > limits.maxRetries().getAsInt()) {
      over.add("retries " + h.effectiveRetries() + " > " + limits.maxRetries().getAsInt());
    }
    if (over.isEmpty()) return List.of(CheckResult.pass(ID, title, measured, expected));
    return List.of(CheckResult.fail(ID, title, measured, expected, String.join("; ", over)));
  }

  private String expected() {
    List<String> parts = new ArrayList<>();
    limits.maxInterval().ifPresent(d -> parts.add("interval ≤ " + Durations.format(d)));
    limits.maxTimeout().ifPresent(d -> parts.add("timeout ≤ " + Durations.format(d)));
    limits.maxStartPeriod().ifPresent(d -> parts.add("start period ≤ " + Durations.format(d)));
    limits.maxRetries().ifPresent(r -> parts.add("retries ≤ " + r));
    return parts.isEmpty() ? "defined" : "defined, " + String.join(", ", parts);
  }

  private static String timing(Healthcheck h) {
    return "interval " + Durations.format(h.effectiveInterval())
        + ", timeout " + Durations.format(h.effectiveTimeout())
        + ", start period " + Durations.format(h.startPeriod())
        + ", retries " + h.effectiveRetries();
  }
}
