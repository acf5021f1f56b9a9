package dev.dockwright.rules.buildkit;

import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.syntax.Diagnostic;

/**
 * BuildKit's NoEmptyContinuation: a blank line inside a line continuation. The parser finds it
 * (it is a parse warning in BuildKit too); this rule reports it, on the continued instruction's
 * last line as BuildKit does.
 */
@RuleSpec(
    code = "NoEmptyContinuation",
    name = "NoEmptyContinuation",
    severity = Severity.WARNING,
    origin = Origin.BUILDKIT,
    summary = "Empty continuation lines will become errors in a future release",
    rationale = """
        A blank line inside a backslash-continued instruction is silently dropped today, so the \
        instruction goes on past what looks like its end; a missing backslash above the blank \
        line can then swallow the next line into the command. BuildKit has announced that such \
        lines will become errors. Comment lines inside a continuation are fine.""",
    bad = """
        FROM alpine
        EXPOSE \\

        80
        """,
    good = """
        FROM alpine
        EXPOSE \\
        # Port
        80
        """)
public final class NoEmptyContinuation implements Rule {

  @Override
  public void check(RuleContext context) {
    for (Diagnostic warning : context.parseResult().warnings()) {
      if (warning.code().equals(Diagnostic.EMPTY_CONTINUATION)) {
        context.report(warning.range(), "Empty continuation line");
      }
    }
  }
}
