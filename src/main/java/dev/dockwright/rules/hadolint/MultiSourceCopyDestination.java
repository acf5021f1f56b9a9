package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.Fix;
import dev.dockwright.lint.FixSafety;
import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.lint.TextEdit;
import dev.dockwright.model.CopyStep;
import dev.dockwright.syntax.Arguments;
import dev.dockwright.syntax.Instruction;
import dev.dockwright.syntax.InstructionKind;
import dev.dockwright.syntax.Token;
import java.util.List;

/**
 * DL3021: COPY (and ADD) with several sources to a destination without a trailing slash. BuildKit
 * rejects such a build for ADD as well as COPY, so both are checked (hadolint: COPY only), and
 * ONBUILD triggers too, which fail in the images built on this one.
 */
@RuleSpec(
    code = "DL3021",
    name = "MultiSourceCopyDestination",
    severity = Severity.ERROR,
    origin = Origin.HADOLINT,
    summary = "COPY with more than 2 arguments requires the last argument to end with `/`.",
    rationale = "With more than one source the destination must be a directory, and Docker only"
        + " takes it as one when it ends with `/`: otherwise the build fails (`When using COPY"
        + " with more than one source file, the destination must be a directory and end with a"
        + " /`). The same holds for ADD.",
    bad = "FROM python:3.12-slim\nCOPY pyproject.toml uv.lock /app\n",
    good = "FROM python:3.12-slim\nCOPY pyproject.toml uv.lock /app/\n",
    fix = "Adds the trailing `/` to the destination.",
    fixSafety = FixSafety.SAFE)
public final class MultiSourceCopyDestination implements Rule {

  @Override
  public void check(RuleContext context) {
    InstructionSteps steps = InstructionSteps.of(context.model());
    for (Instruction in : steps.allWithTriggers(InstructionKind.COPY, InstructionKind.ADD)) {
      List<Token> words = words(in);
      if (words.size() <= 2) {
        continue;
      }
      Token dest = words.get(words.size() - 1);
      String written = in.arguments() instanceof Arguments.Exec ? dest.value()
          : Archives.stripQuotes(dest.value());
      if (written.endsWith("/") || expandsToDirectory(steps, in, written)) {
        continue;
      }
      String keyword = in.kind().name();
      context.report(dest.range(), keyword + " with " + (words.size() - 1) + " sources needs a"
          + " directory destination ending with `/`: write `" + written + "/`.",
          Fix.safe("Add a trailing /", TextEdit.insert(endOfValue(context, dest), "/")));
    }
  }

  /** {@code ${DEST}} whose value ends with a slash. */
  private static boolean expandsToDirectory(InstructionSteps steps, Instruction in, String written) {
    return written.contains("$")
        && steps.step(in, CopyStep.class).map(c -> c.destination().endsWith("/")).orElse(false);
  }

  /** Where the destination's text ends, inside its closing quote if it has one. */
  private static int endOfValue(RuleContext context, Token dest) {
    int end = dest.range().endOffset();
    String text = context.text(dest.range());
    boolean quoted = text.length() >= 2 && (text.endsWith("\"") || text.endsWith("'"))
        && text.charAt(0) == text.charAt(text.length() - 1);
    return quoted ? end - 1 : end;
  }

  static List<Token> words(Instruction in) {
    if (in.arguments() instanceof Arguments.Words w) {
      return w.words();
    }
    if (in.arguments() instanceof Arguments.Exec e) {
      return e.elements();
    }
    return List.of();
  }
}
