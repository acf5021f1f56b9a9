package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.lint.config.LabelType;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** DL3053: a label the {@code label-schema} types {@code rfc3339} is not an RFC 3339 time. */
@RuleSpec(
    code = "DL3053",
    name = "LabelNotRfc3339",
    severity = Severity.WARNING,
    origin = Origin.HADOLINT,
    summary = "Label `<label>` is not a valid time format - must conform to RFC3339.",
    rationale = "`org.opencontainers.image.created` and similar labels are read by machines:"
        + " the OCI annotation spec asks for an RFC 3339 date-time with seconds and a time zone"
        + " (`2024-05-01T12:00:00Z`). Checked for the labels the configuration's `label-schema`"
        + " declares as `rfc3339`; a value passed as a build argument is not known before the"
        + " build and is not checked.",
    bad = "# label-schema: {org.opencontainers.image.created: rfc3339}\n"
        + "FROM alpine:3.20\nLABEL org.opencontainers.image.created=\"2024-05-01 12:00\"\n",
    good = "# label-schema: {org.opencontainers.image.created: rfc3339}\n"
        + "FROM alpine:3.20\nLABEL org.opencontainers.image.created=\"2024-05-01T12:00:00Z\"\n",
    exampleConfig = "label-schema:\n  org.opencontainers.image.created: rfc3339\n")
public final class LabelNotRfc3339 implements Rule {

  private static final Pattern DATE_TIME = Pattern.compile(
      "(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2})(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})");

  @Override
  public void check(RuleContext context) {
    LabelSchema.checkValues(context, LabelType.RFC3339, LabelNotRfc3339::isRfc3339,
        "is not a valid time format - must conform to RFC3339");
  }

  /** RFC 3339's {@code date-time}: seconds and offset required, fraction optional. */
  static boolean isRfc3339(String value) {
    Matcher m = DATE_TIME.matcher(value.toUpperCase(Locale.ROOT));
    if (!m.matches()) {
      return false;
    }
    String fraction = m.group(2) == null ? "" : m.group(2).substring(0, Math.min(10, m.group(2).length()));
    try {
      OffsetDateTime.parse(m.group(1) + fraction + m.group(3));
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
