package dev.dockwright.rules.buildkit;

import dev.dockwright.lint.Fix;
import dev.dockwright.lint.FixSafety;
import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.lint.TextEdit;
import dev.dockwright.syntax.Arguments;
import dev.dockwright.syntax.Instruction;
import dev.dockwright.syntax.InstructionKind;
import dev.dockwright.syntax.Range;
import java.util.Optional;

/** BuildKit's MaintainerDeprecated: the MAINTAINER instruction. */
@RuleSpec(
    code = "MaintainerDeprecated",
    name = "MaintainerDeprecated",
    severity = Severity.WARNING,
    origin = Origin.BUILDKIT,
    overlaps = {"DL4000"},
    summary = "The MAINTAINER instruction is deprecated, use a label instead to define an image "
        + "author",
    rationale = """
        MAINTAINER fills the image's legacy `Author` field, which the OCI image format does not \
        have and most tools do not show. The `org.opencontainers.image.authors` label is the \
        standard place for it and is what registries and scanners read.""",
    bad = """
        FROM alpine
        MAINTAINER moby@example.com
        """,
    good = """
        FROM alpine
        LABEL org.opencontainers.image.authors="moby@example.com"
        """,
    fix = "Replaces the instruction with LABEL org.opencontainers.image.authors=\"...\" holding "
        + "the same text (quoted so the label keeps it verbatim). The image then has the label "
        + "instead of the legacy Author field.",
    fixSafety = FixSafety.SAFE)
public final class MaintainerDeprecated implements Rule {

  @Override
  public void check(RuleContext context) {
    reportEach(context, "Maintainer instruction is deprecated in favor of using label");
  }

  /**
   * Reports every MAINTAINER with {@code message} and the label fix; shared with hadolint's
   * DL4000, which says the same in its own words.
   */
  public static void reportEach(RuleContext context, String message) {
    char escape = context.dockerfile().escapeChar();
    for (Instruction in : context.dockerfile().instructions()) {
      if (in.kind() != InstructionKind.MAINTAINER) {
        continue;
      }
      Optional<Fix> fix = labelFix(in, escape);
      if (fix.isPresent()) {
        context.report(in.range(), message, fix.get());
      } else {
        context.report(in.range(), message);
      }
    }
  }

  /**
   * The MAINTAINER instruction replaced by {@code LABEL org.opencontainers.image.authors="..."}
   * holding the same text; empty for a MAINTAINER without text.
   *
   * @param escape the Dockerfile's escape character
   */
  static Optional<Fix> labelFix(Instruction maintainer, char escape) {
    if (!(maintainer.arguments() instanceof Arguments.Text text)
        || text.text().value().isEmpty()) {
      return Optional.empty();
    }
    Range range = maintainer.range();
    String label = "LABEL org.opencontainers.image.authors=" + quoted(text.text().value(), escape);
    return Optional.of(Fix.safe("Use the org.opencontainers.image.authors label",
        TextEdit.replace(range.startOffset(), range.endOffset(), label)));
  }

  /**
   * A double-quoted LABEL value whose processed text is {@code text}: inside double quotes
   * BuildKit's lexer only treats the escape character, {@code "} and {@code $} specially.
   */
  static String quoted(String text, char escape) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '$' || c == escape) {
        out.append(escape);
      }
      out.append(c);
    }
    return out.append('"').toString();
  }
}
