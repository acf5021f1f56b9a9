package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import java.util.Set;

/** DL3051: a label of the {@code label-schema} set to the empty string. */
@RuleSpec(
    code = "DL3051",
    name = "EmptyLabel",
    severity = Severity.WARNING,
    origin = Origin.HADOLINT,
    summary = "Label `<label>` is empty.",
    rationale = "A label the configuration's `label-schema` requires is there to be read; an"
        + " empty value satisfies DL3049 while telling nobody anything, usually because a build"
        + " argument it was meant to carry was not passed. A value that comes from a build"
        + " argument without default is not known before the build and is not reported.",
    bad = "# label-schema: {org.opencontainers.image.authors: text}\n"
        + "FROM alpine:3.20\nLABEL org.opencontainers.image.authors=\"\"\n",
    good = "# label-schema: {org.opencontainers.image.authors: text}\n"
        + "FROM alpine:3.20\nLABEL org.opencontainers.image.authors=\"team@example.com\"\n",
    exampleConfig = "label-schema:\n  org.opencontainers.image.authors: text\n")
public final class EmptyLabel implements Rule {

  @Override
  public void check(RuleContext context) {
    Set<String> schema = context.config().labelSchema().keySet();
    for (Labels.Pair p : Labels.all(context.model())) {
      if (schema.contains(p.key()) && p.value().filter(String::isEmpty).isPresent()) {
        context.report(p.pair().range(), "Label `" + p.key() + "` is empty.");
      }
    }
  }
}
