package dev.dockwright.rules.compose;

import dev.dockwright.compose.ComposeFile;
import dev.dockwright.lint.ComposeContext;
import dev.dockwright.lint.ComposeRule;
import dev.dockwright.lint.Fix;
import dev.dockwright.lint.FixSafety;
import dev.dockwright.lint.Origin;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.lint.TextEdit;
import dev.dockwright.syntax.LineIndex;

@RuleSpec(
    code = "DW6001",
    name = "ComposeVersionObsolete",
    severity = Severity.WARNING,
    origin = Origin.DOCKWRIGHT,
    summary = "The top-level `version` key is obsolete: Compose ignores it.",
    rationale = """
        The Compose specification has no file versions: docker compose v2 ignores `version:` \
        and prints "the attribute `version` is obsolete" on every command. Keeping it suggests \
        a format or feature set is selected when none is, and `version: "2"` versus `"3"` \
        changes nothing about what is allowed.""",
    bad = """
        version: "3.8"
        services:
          web:
            image: nginx:1.27
        """,
    good = """
        services:
          web:
            image: nginx:1.27
        """,
    fix = "Deletes the `version:` line.",
    fixSafety = FixSafety.SAFE)
public final class ComposeVersionObsolete implements ComposeRule {

  @Override
  public void check(ComposeContext context) {
    for (ComposeFile.TopLevelEntry entry : context.compose().topLevel()) {
      if (!entry.key().equals("version")) {
        continue;
      }
      LineIndex lines = context.compose().lines();
      int first = entry.keyRange().start().line();
      int last = Math.max(first, entry.valueRange().end().line());
      int start = lines.lineStart(first);
      int end = last < lines.lineCount() ? lines.lineStart(last + 1) : context.file().text().length();
      context.report(entry.keyRange(), "The top-level `version` key is obsolete: docker compose"
          + " ignores it and warns on every run. Remove it.",
          Fix.safe("Delete the version line", TextEdit.delete(start, end)));
    }
  }
}
