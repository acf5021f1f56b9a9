package dev.dockwright.rules.buildkit;

import dev.dockwright.lint.Fix;
import dev.dockwright.lint.FixSafety;
import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.lint.TextEdit;
import dev.dockwright.model.EnvStep;
import dev.dockwright.model.LabelStep;
import dev.dockwright.model.Stage;
import dev.dockwright.model.Step;
import dev.dockwright.model.Variable;
import dev.dockwright.syntax.KeyValue;
import java.util.List;
import java.util.Optional;

/**
 * BuildKit's LegacyKeyValueFormat: {@code ENV key value} or {@code LABEL key value} instead of
 * {@code key=value}.
 */
@RuleSpec(
    code = "LegacyKeyValueFormat",
    name = "LegacyKeyValueFormat",
    severity = Severity.WARNING,
    origin = Origin.BUILDKIT,
    summary = "Legacy key/value format with whitespace separator should not be used",
    rationale = """
        In the legacy form everything after the first blank is the value, spaces included, so \
        `ENV A 1 B 2` sets one variable A to `1 B 2`, and one instruction can set only one \
        variable. The `key=value` form is unambiguous and is the documented one.""",
    bad = """
        FROM alpine
        ENV DEPS curl
        """,
    good = """
        FROM alpine
        ENV DEPS=curl
        """,
    fix = "Rewrites `key value` as `key=value`, wrapping the value in double quotes when it has "
        + "blanks; values that would read differently once quoted (quotes or escapes in them) "
        + "are left for a person.",
    fixSafety = FixSafety.SAFE)
public final class LegacyKeyValueFormat implements Rule {

  @Override
  public void check(RuleContext context) {
    char escape = context.dockerfile().escapeChar();
    for (Stage stage : context.model().stages()) {
      for (Step step : stage.steps()) {
        List<Variable> pairs = step instanceof EnvStep env ? env.variables()
            : step instanceof LabelStep label ? label.labels() : List.of();
        for (Variable v : pairs) {
          if (!v.pair().legacy()) {
            continue;
          }
          String keyword = step.instruction().keyword().value();
          String message = "\"" + keyword + " key=value\" should be used instead of legacy \""
              + keyword + " key value\" format";
          Optional<Fix> fix = fix(context, v.pair(), escape);
          if (fix.isPresent()) {
            context.report(step.range(), message, fix.get());
          } else {
            context.report(step.range(), message);
          }
        }
      }
    }
  }

  /**
   * {@code key value} to {@code key=value}: the blanks between them become {@code =}, and a value
   * with blanks is double-quoted (which keeps its meaning only when it holds no quote, escape or
   * {@code $}-free surprises: quotes and escape characters are left alone).
   */
  static Optional<Fix> fix(RuleContext context, KeyValue pair, char escape) {
    String source = context.file().text();
    int gapStart = pair.key().range().endOffset();
    int gapEnd = pair.value().range().startOffset();
    if (source.substring(gapStart, gapEnd).contains("#")) {
      return Optional.empty(); // a comment line inside the continuation would be lost
    }
    String value = pair.value().value();
    boolean blanks = value.chars().anyMatch(c -> c == ' ' || c == '\t');
    if (!blanks) {
      return Optional.of(Fix.safe("Use key=value", TextEdit.replace(gapStart, gapEnd, "=")));
    }
    if (value.indexOf('"') >= 0 || value.indexOf('\'') >= 0 || value.indexOf(escape) >= 0) {
      return Optional.empty();
    }
    int valueEnd = pair.value().range().endOffset();
    return Optional.of(Fix.safe("Use key=\"value\"", TextEdit.replace(gapStart, gapEnd, "=\""),
        TextEdit.insert(valueEnd, "\"")));
  }
}
