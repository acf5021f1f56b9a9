package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.model.Stage;
import dev.dockwright.model.UserStep;

/**
 * DL3002: the image that ships ends with an explicit {@code USER root}. Only the final stage and
 * the stages it is built FROM count: a builder stage that runs as root and is only copied from
 * never ships, so hadolint's finding there is a false positive we do not repeat.
 */
@RuleSpec(
    code = "DL3002",
    name = "LastUserRoot",
    severity = Severity.WARNING,
    origin = Origin.HADOLINT,
    summary = "The last USER of the image is root.",
    rationale = "Containers run as the last USER of the image. Running as root gives a process"
        + " that is compromised root inside the container and, with a misconfigured runtime or"
        + " kernel bug, on the host. Switch back to an unprivileged user after the steps that"
        + " need root. Only what ships counts: the final stage and the stages it is built FROM;"
        + " a builder stage that runs as root and is only copied from is fine (hadolint reports"
        + " it, dockwright does not).",
    bad = "FROM python:3.12-slim\nUSER root\nRUN pip install --no-cache-dir gunicorn==23.0.0\n",
    good = "FROM python:3.12-slim AS build\nUSER root\nRUN pip wheel --no-cache-dir -w /w gunicorn==23.0.0\n"
        + "FROM python:3.12-slim\nCOPY --from=build /w /w\nUSER 10001\n")
public final class LastUserRoot implements Rule {

  @Override
  public void check(RuleContext context) {
    UserStep last = null;
    for (Stage stage : context.model().shippedStages()) {
      for (UserStep user : stage.steps(UserStep.class)) {
        last = user;
      }
    }
    if (last != null && last.user().isRoot()) {
      context.report(last.range(), "The image runs as root (USER " + last.user()
          + "): switch to an unprivileged user after the steps that need root.");
    }
  }
}
