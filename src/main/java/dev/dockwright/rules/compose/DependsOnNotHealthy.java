package dev.dockwright.rules.compose;

import dev.dockwright.compose.Dependency;
import dev.dockwright.compose.Healthcheck;
import dev.dockwright.compose.Service;
import dev.dockwright.lint.ComposeContext;
import dev.dockwright.lint.ComposeRule;
import dev.dockwright.lint.Origin;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.model.HealthcheckStep;
import dev.dockwright.model.Stage;
import java.util.Optional;

@RuleSpec(
    code = "DW6002",
    name = "DependsOnNotHealthy",
    severity = Severity.WARNING,
    origin = Origin.DOCKWRIGHT,
    summary = "`depends_on` a service that has a healthcheck, without `condition: service_healthy`.",
    rationale = """
        Plain `depends_on` (and `condition: service_started`) only waits until the other \
        container has started, not until it is ready: the app starts while the database is \
        still initialising, fails its first connection and crash-loops or serves errors until \
        a restart. When the service waited for has a healthcheck (in the Compose file, or a \
        HEALTHCHECK in the Dockerfile it builds), `condition: service_healthy` makes Compose \
        wait until that check passes.""",
    bad = """
        services:
          web:
            image: ghcr.io/example/web:1.4
            depends_on:
              - db
          db:
            image: postgres:16
            healthcheck:
              test: ["CMD-SHELL", "pg_isready -U postgres"]
              interval: 5s
        """,
    good = """
        services:
          web:
            image: ghcr.io/example/web:1.4
            depends_on:
              db:
                condition: service_healthy
          db:
            image: postgres:16
            healthcheck:
              test: ["CMD-SHELL", "pg_isready -U postgres"]
              interval: 5s
        """)
public final class DependsOnNotHealthy implements ComposeRule {

  @Override
  public void check(ComposeContext context) {
    for (Service service : context.compose().services()) {
      for (Dependency d : service.dependsOn()) {
        String condition = d.effectiveCondition();
        if (!condition.equals(Dependency.STARTED)) {
          continue; // service_healthy, or service_completed_successfully for one-off jobs
        }
        Optional<Service> target = context.compose().service(d.service());
        if (target.isEmpty()) {
          continue;
        }
        Optional<String> check = healthcheck(context, target.get());
        if (check.isEmpty()) {
          continue;
        }
        String how = d.condition().isPresent() ? "`condition: service_started`" : "plain depends_on";
        context.report(d.condition().map(c -> c.range()).orElse(d.range()),
            service.name() + " waits only for " + d.service() + " to start (" + how + "), not"
                + " to be ready, although " + d.service() + " has " + check.get() + ": use"
                + " `condition: service_healthy`.");
      }
    }
  }

  /** What health check the service has: its own, or its Dockerfile's; empty when none runs. */
  private static Optional<String> healthcheck(ComposeContext context, Service service) {
    Optional<Healthcheck> own = service.healthcheck();
    if (own.isPresent()) {
      if (own.get().disabled()) {
        return Optional.empty();
      }
      if (own.get().active()) {
        return Optional.of("a healthcheck (line " + own.get().range().start().line() + ")");
      }
    }
    if (service.build().isEmpty()) {
      return Optional.empty();
    }
    Optional<HealthcheckStep> fromDockerfile = context.model(service.build().get())
        .flatMap(m -> m.finalStage()).flatMap(Stage::healthcheck)
        .filter(h -> !h.disabled() && h.command().isPresent());
    return fromDockerfile.map(h -> "a HEALTHCHECK in its Dockerfile");
  }
}
