package dev.dockwright.rules.buildkit;

import dev.dockwright.lint.Fix;
import dev.dockwright.lint.FixSafety;
import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.lint.TextEdit;
import dev.dockwright.syntax.Instruction;
import dev.dockwright.syntax.Token;
import java.util.List;

/** BuildKit's FromAsCasing: {@code AS} is not cased like its {@code FROM}. */
@RuleSpec(
    code = "FromAsCasing",
    name = "FromAsCasing",
    severity = Severity.WARNING,
    origin = Origin.BUILDKIT,
    summary = "The 'as' keyword should match the case of the 'from' keyword",
    rationale = """
        `FROM debian AS builder` and `from debian as builder` read as one statement; mixing \
        `FROM ... as` makes the keyword look like part of the image name or a separate word. \
        Only an all-lowercase or all-uppercase FROM is compared; a mixed-case `From` is \
        ConsistentInstructionCasing's business.""",
    bad = """
        FROM debian:latest as builder
        """,
    good = """
        FROM debian:latest AS deb-builder
        from debian:latest as deb-builder2
        """,
    fix = "Writes AS in the case of its FROM keyword.",
    fixSafety = FixSafety.SAFE)
public final class FromAsCasing implements Rule {

  @Override
  public void check(RuleContext context) {
    for (Instruction from : context.dockerfile().instructions()) {
      if (!FromLine.isFrom(from)) {
        continue;
      }
      List<Token> words = FromLine.words(from);
      String keyword = from.keyword().value();
      if (words.size() < 3) {
        continue;
      }
      boolean lower = Go.isLower(keyword);
      boolean upper = Go.isUpper(keyword);
      if (!lower && !upper) {
        continue;
      }
      Token as = words.get(1);
      String wanted = lower ? Go.toLower(as.value()) : Go.toUpper(as.value());
      if (as.value().equals(wanted)) {
        continue;
      }
      context.report(from.range(),
          "'" + as.value() + "' and '" + keyword + "' keywords' casing do not match",
          Fix.safe("Write '" + wanted + "'", TextEdit.replace(as.range().startOffset(),
              as.range().endOffset(), wanted)));
    }
  }
}
