package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.model.DockerfileModel;
import dev.dockwright.model.HealthcheckStep;
import dev.dockwright.model.Stage;

/**
 * DL3057: the image has no HEALTHCHECK (not even {@code HEALTHCHECK NONE}). Off by default, as
 * in hadolint. Only the image that ships is checked: the final stage, with what it inherits from
 * the stages it is built FROM.
 */
@RuleSpec(
    code = "DL3057",
    name = "MissingHealthcheck",
    severity = Severity.INFO,
    origin = Origin.HADOLINT,
    experimental = true,
    summary = "`HEALTHCHECK` instruction missing.",
    rationale = "Without a HEALTHCHECK, Docker and Compose only know whether the main process"
        + " runs, not whether it answers: a hung server stays \"up\", and `depends_on: condition:"
        + " service_healthy` cannot work. `HEALTHCHECK NONE` states that the image has none on"
        + " purpose. Off by default, as in hadolint (many images are not services); enable it"
        + " with a severity in the config. Only the image that ships is checked: the final"
        + " stage, whose HEALTHCHECK may come from a stage it is built FROM; builder stages that"
        + " are only copied from need none (hadolint reports them too).",
    bad = "FROM python:3.12-slim\nCMD [\"python\", \"-m\", \"http.server\"]\n",
    good = "FROM python:3.12-slim\n"
        + "HEALTHCHECK CMD [\"python\", \"-c\", \"import urllib.request as u;"
        + " u.urlopen('http://localhost:8000')\"]\n"
        + "CMD [\"python\", \"-m\", \"http.server\"]\n")
public final class MissingHealthcheck implements Rule {

  @Override
  public void check(RuleContext context) {
    DockerfileModel model = context.model();
    Stage last = model.finalStage().orElse(null);
    if (last == null) {
      return;
    }
    boolean declared = model.shippedStages().stream()
        .anyMatch(s -> !s.steps(HealthcheckStep.class).isEmpty());
    if (!declared) {
      context.report(last.range(), "`HEALTHCHECK` instruction missing in the final image"
          + " (add one, or `HEALTHCHECK NONE` to say it has none on purpose).");
    }
  }
}
