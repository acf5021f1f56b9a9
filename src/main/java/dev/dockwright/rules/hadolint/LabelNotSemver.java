package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.lint.config.LabelType;
import java.util.regex.Pattern;

/** DL3056: a label the {@code label-schema} types {@code semver} is not a semantic version. */
@RuleSpec(
    code = "DL3056",
    name = "LabelNotSemver",
    severity = Severity.WARNING,
    origin = Origin.HADOLINT,
    summary = "Label `<label>` does not conform to semantic versioning.",
    rationale = "Tools that compare image versions (`org.opencontainers.image.version`) need"
        + " `MAJOR.MINOR.PATCH` with an optional `-prerelease` and `+build` (semver.org 2.0.0);"
        + " `v1.2` or `latest` sort wrongly or not at all. Checked for the labels the"
        + " configuration's `label-schema` declares as `semver`; a value passed as a build"
        + " argument is not known before the build and is not checked.",
    bad = "# label-schema: {org.opencontainers.image.version: semver}\n"
        + "FROM alpine:3.20\nLABEL org.opencontainers.image.version=\"v1.2\"\n",
    good = "# label-schema: {org.opencontainers.image.version: semver}\n"
        + "FROM alpine:3.20\nLABEL org.opencontainers.image.version=\"1.2.0-rc.1\"\n",
    exampleConfig = "label-schema:\n  org.opencontainers.image.version: semver\n")
public final class LabelNotSemver implements Rule {

  /** semver.org's grammar: no leading zeros in numbers, dot-separated identifiers. */
  private static final Pattern SEMVER = Pattern.compile(
      "(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)"
          + "(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)"
          + "(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?"
          + "(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?");

  @Override
  public void check(RuleContext context) {
    LabelSchema.checkValues(context, LabelType.SEMVER, v -> SEMVER.matcher(v).matches(),
        "does not conform to semantic versioning");
  }
}
