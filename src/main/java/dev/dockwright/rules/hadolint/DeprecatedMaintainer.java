package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.FixSafety;
import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.rules.buildkit.MaintainerDeprecated;

/**
 * DL4000: the MAINTAINER instruction. Checked and fixed by BuildKit's MaintainerDeprecated (one
 * implementation for both codes).
 */
@RuleSpec(
    code = "DL4000",
    name = "DeprecatedMaintainer",
    severity = Severity.ERROR,
    origin = Origin.HADOLINT,
    summary = "MAINTAINER is deprecated",
    rationale = "MAINTAINER fills the image's legacy `Author` field, which the OCI image format"
        + " does not have and most tools do not show. The `org.opencontainers.image.authors`"
        + " label is the standard place for it. BuildKit reports the same as"
        + " MaintainerDeprecated.",
    bad = "FROM alpine:3.20\nMAINTAINER Jane Doe <jane@example.com>\n",
    good = "FROM alpine:3.20\nLABEL org.opencontainers.image.authors=\"Jane Doe"
        + " <jane@example.com>\"\n",
    fix = "Replaces the instruction with `LABEL org.opencontainers.image.authors=\"...\"` holding"
        + " the same text (quoted so that the label keeps it verbatim). Safe: the image then has"
        + " the label instead of the legacy Author field.",
    fixSafety = FixSafety.SAFE)
public final class DeprecatedMaintainer implements Rule {

  @Override
  public void check(RuleContext context) {
    MaintainerDeprecated.reportEach(context,
        "MAINTAINER is deprecated: use `LABEL org.opencontainers.image.authors=...`.");
  }
}
