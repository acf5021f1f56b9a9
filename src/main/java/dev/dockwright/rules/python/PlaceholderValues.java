package dev.dockwright.rules.python;

import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.model.EnvStep;
import dev.dockwright.model.LabelStep;
import dev.dockwright.model.Stage;
import dev.dockwright.model.Variable;
import dev.dockwright.secrets.Placeholders;
import java.util.List;

@RuleSpec(
    code = "DW2003",
    name = "PlaceholderValues",
    severity = Severity.WARNING,
    origin = Origin.DOCKWRIGHT,
    summary = "A LABEL or ENV value that ships is still a template placeholder (your-org,"
        + " changeme, TODO, example.com).",
    rationale = """
        Dockerfiles are often started from a template or a tutorial, and values such as \
        `maintainer="you@example.com"`, `org.opencontainers.image.source=https://github.com/\
        your-org/your-repo`, `ALLOWED_HOSTS=example.com` or `SECRET_KEY=changeme` survive into \
        production. Labels with placeholders send scanners, registries and people to the wrong \
        place; ENV placeholders either break the service (a host that does not exist) or \
        ship a known default secret. Only LABEL and ENV of the stages that ship are checked: \
        they end up in the image configuration.""",
    bad = """
        FROM python:3.12-slim
        LABEL org.opencontainers.image.source="https://github.com/your-org/your-repo"
        ENV SECRET_KEY=changeme
        """,
    good = """
        FROM python:3.12-slim
        LABEL org.opencontainers.image.source="https://github.com/acme/billing"
        """)
public final class PlaceholderValues implements Rule {

  @Override
  public void check(RuleContext context) {
    for (Stage stage : context.model().shippedStages()) {
      for (LabelStep label : stage.steps(LabelStep.class)) {
        check(context, "LABEL", label.labels());
      }
      for (EnvStep env : stage.steps(EnvStep.class)) {
        check(context, "ENV", env.variables());
      }
    }
  }

  private static void check(RuleContext context, String kind, List<Variable> variables) {
    for (Variable v : variables) {
      // The same list tells DW2004 that such a value is not a secret.
      Placeholders.find(v.value()).ifPresent(found -> context.report(v.pair().range(), kind + " "
          + v.name() + " still holds a placeholder (\"" + found + "\"): set the real value, or"
          + " drop it."));
    }
  }
}
