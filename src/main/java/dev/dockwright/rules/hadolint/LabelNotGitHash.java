package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.lint.config.LabelType;
import java.util.regex.Pattern;

/** DL3055: a label the {@code label-schema} types {@code hash} is not a git commit hash. */
@RuleSpec(
    code = "DL3055",
    name = "LabelNotGitHash",
    severity = Severity.WARNING,
    origin = Origin.HADOLINT,
    summary = "Label `<label>` is not a valid git hash.",
    rationale = "`org.opencontainers.image.revision` ties an image to the commit it was built"
        + " from; anything but a commit hash (7 or 40 lower-case hex digits, as hadolint"
        + " accepts) such as a branch name points at a moving target. Checked for the labels"
        + " the configuration's `label-schema` declares as `hash`; a value passed as a build"
        + " argument is not known before the build and is not checked.",
    bad = "# label-schema: {org.opencontainers.image.revision: hash}\n"
        + "FROM alpine:3.20\nLABEL org.opencontainers.image.revision=\"main\"\n",
    good = "# label-schema: {org.opencontainers.image.revision: hash}\n"
        + "FROM alpine:3.20\nLABEL org.opencontainers.image.revision=\"2dbfae9\"\n",
    exampleConfig = "label-schema:\n  org.opencontainers.image.revision: hash\n")
public final class LabelNotGitHash implements Rule {

  private static final Pattern HASH = Pattern.compile("[0-9a-f]{7}|[0-9a-f]{40}");

  @Override
  public void check(RuleContext context) {
    LabelSchema.checkValues(context, LabelType.HASH, v -> HASH.matcher(v).matches(),
        "is not a valid git hash");
  }
}
