package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.lint.config.LabelType;
import java.net.URI;
import java.net.URISyntaxException;

/** DL3052: a label the {@code label-schema} types {@code url} is not an absolute URI. */
@RuleSpec(
    code = "DL3052",
    name = "LabelNotUrl",
    severity = Severity.WARNING,
    origin = Origin.HADOLINT,
    summary = "Label `<label>` is not a valid URL.",
    rationale = "Labels such as `org.opencontainers.image.source` and `...documentation` are"
        + " followed by registries and scanners; a value that is not an absolute URI (scheme"
        + " included, RFC 3986) is a dead link. Checked for the labels the configuration's"
        + " `label-schema` declares as `url`.",
    bad = "# label-schema: {org.opencontainers.image.source: url}\n"
        + "FROM alpine:3.20\nLABEL org.opencontainers.image.source=\"github.com/example/app\"\n",
    good = "# label-schema: {org.opencontainers.image.source: url}\n"
        + "FROM alpine:3.20\n"
        + "LABEL org.opencontainers.image.source=\"https://github.com/example/app\"\n",
    exampleConfig = "label-schema:\n  org.opencontainers.image.source: url\n")
public final class LabelNotUrl implements Rule {

  @Override
  public void check(RuleContext context) {
    LabelSchema.checkValues(context, LabelType.URL, LabelNotUrl::isUrl, "is not a valid URL");
  }

  /** An absolute URI: a scheme, then what RFC 3986 allows. */
  static boolean isUrl(String value) {
    try {
      URI uri = new URI(value);
      return uri.getScheme() != null && value.length() > uri.getScheme().length() + 1;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
