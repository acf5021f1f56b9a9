package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.lint.config.LabelType;
import java.util.regex.Pattern;

/** DL3058: a label the {@code label-schema} types {@code email} is not an email address. */
@RuleSpec(
    code = "DL3058",
    name = "LabelNotEmail",
    severity = Severity.WARNING,
    origin = Origin.HADOLINT,
    summary = "Label `<label>` is not a valid email format - must conform to RFC5322.",
    rationale = "A contact label is there to be written to; a value that is not an address"
        + " (RFC 5322 `addr-spec`: `local@domain`, no display name or angle brackets) cannot be"
        + " used by tools that notify image owners. Checked for the labels the configuration's"
        + " `label-schema` declares as `email`.",
    bad = "# label-schema: {maintainer: email}\n"
        + "FROM alpine:3.20\nLABEL maintainer=\"Jane Doe <jane@example.com>\"\n",
    good = "# label-schema: {maintainer: email}\n"
        + "FROM alpine:3.20\nLABEL maintainer=\"jane@example.com\"\n",
    exampleConfig = "label-schema:\n  maintainer: email\n")
public final class LabelNotEmail implements Rule {

  private static final String ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
  private static final String DOT_ATOM = ATOM + "(?:\\." + ATOM + ")*";
  private static final String QUOTED = "\"(?:[^\"\\\\\\r\\n]|\\\\.)*\"";
  private static final String LITERAL = "\\[[^\\[\\]\\\\\\s]*\\]";
  private static final Pattern ADDR_SPEC = Pattern.compile(
      "(?:" + DOT_ATOM + "|" + QUOTED + ")@(?:" + DOT_ATOM + "|" + LITERAL + ")");

  @Override
  public void check(RuleContext context) {
    LabelSchema.checkValues(context, LabelType.EMAIL, LabelNotEmail::isEmail,
        "is not a valid email format - must conform to RFC5322");
  }

  static boolean isEmail(String value) {
    return value.length() <= 254 && ADDR_SPEC.matcher(value).matches();
  }
}
