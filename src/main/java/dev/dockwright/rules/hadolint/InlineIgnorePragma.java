package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.IgnorePragma;
import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.syntax.Comment;
import dev.dockwright.syntax.Node;

/** DL1001: an inline {@code # hadolint ignore=} pragma; off unless enabled, as in hadolint. */
@RuleSpec(
    code = "DL1001",
    name = "InlineIgnorePragma",
    severity = Severity.INFO,
    origin = Origin.HADOLINT,
    experimental = true,
    summary = "Inline ignore pragma: prefer fixing the finding or ignoring the rule in the"
        + " configuration.",
    rationale = "Teams that want every exception to a rule visible in one place (the config"
        + " file, reviewed like code) switch this rule on: a `# hadolint ignore=` or"
        + " `# dockwright ignore=` comment silences a rule for one instruction where nobody"
        + " looks. Off by default, as in hadolint; enable it with a severity in the config."
        + " Global and stage pragmas are not reported, as in hadolint.",
    bad = "FROM debian:12\n# hadolint ignore=DL3008\nRUN apt-get install -y curl\n",
    good = "FROM debian:12\nRUN apt-get install -y curl=7.88.1-10\n")
public final class InlineIgnorePragma implements Rule {

  @Override
  public void check(RuleContext context) {
    for (Node node : context.dockerfile().nodes()) {
      if (node instanceof Comment comment
          && IgnorePragma.parse(comment.content())
              .filter(p -> p.extent() == IgnorePragma.Extent.INSTRUCTION).isPresent()) {
        context.report(comment.range());
      }
    }
  }
}
