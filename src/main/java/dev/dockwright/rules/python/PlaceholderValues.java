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
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

  /** Placeholders, case-insensitive. */
  private static final Pattern PLACEHOLDER = Pattern.compile("(?i)(?<![a-z0-9])("
      + "your[-_.]?(user[-_]?name|username|user|name|org|organi[sz]ation|company|email|e-mail"
      + "|domain|repo|repository|project|app|team|github|api[-_]?key|key|token|password|secret"
      + "|host|server|bucket|account|id|image|registry|namespace|handle)"
      + "|change[-_]?me|change[-_]?this|replace[-_]?me|replace[-_]with|insert[-_]here"
      + "|example\\.(com|org|net)|placeholder"
      + ")(?![a-z0-9])");

  /** Markers only meant in capitals (a "todo" app is fine). */
  private static final Pattern MARKER = Pattern.compile("(?<![A-Za-z0-9])(TODO|FIXME|TBD|XXX)(?![A-Za-z0-9])");

  /**
   * A whole value that is a fill-in: {@code <name>}, {@code xxxxx}, {@code ...}, {@code YOUR SLACK
   * TOKEN}, {@code your_api_key} (a sentence such as "Your order is ready" is not).
   */
  private static final Pattern WHOLE =
      Pattern.compile("<[^<>]+>|x{4,}|X{4,}|\\.\\.\\.|YOUR[\\s_-].+|your[_-].+");

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
      placeholder(v.value()).ifPresent(found -> context.report(v.pair().range(), kind + " "
          + v.name() + " still holds a placeholder (\"" + found + "\"): set the real value, or"
          + " drop it."));
    }
  }

  /** The placeholder text in a value, if it has one. */
  static Optional<String> placeholder(String value) {
    String v = value.strip();
    if (WHOLE.matcher(v).matches()) {
      return Optional.of(v);
    }
    Matcher m = PLACEHOLDER.matcher(v);
    if (m.find()) {
      return Optional.of(m.group(1));
    }
    Matcher marker = MARKER.matcher(v);
    return marker.find() ? Optional.of(marker.group(1)) : Optional.empty();
  }
}
