package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.Fix;
import dev.dockwright.lint.FixSafety;
import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.lint.TextEdit;
import dev.dockwright.model.Stage;
import dev.dockwright.model.Step;
import dev.dockwright.model.WorkdirStep;
import dev.dockwright.syntax.Arguments;
import dev.dockwright.syntax.Instruction;
import dev.dockwright.syntax.InstructionKind;
import dev.dockwright.syntax.Token;
import java.util.Optional;

/** DL3000: WORKDIR with a relative path. */
@RuleSpec(
    code = "DL3000",
    name = "AbsoluteWorkdir",
    severity = Severity.ERROR,
    origin = Origin.HADOLINT,
    summary = "Use an absolute path in WORKDIR.",
    rationale = "A relative WORKDIR is resolved against whatever working directory is in effect,"
        + " which may come from the base image and change when it is updated; the Dockerfile no"
        + " longer says where files land. Paths starting with a variable or a Windows drive"
        + " (`C:\\`) are accepted.",
    bad = "FROM python:3.12-slim\nWORKDIR app\n",
    good = "FROM python:3.12-slim\nWORKDIR /app\n",
    fix = "Replaces the path with the absolute path it resolves to, when an earlier WORKDIR of"
        + " the stage fixes the directory it is relative to (the base image's own working"
        + " directory is not known, so there is no fix without one).",
    fixSafety = FixSafety.SAFE)
public final class AbsoluteWorkdir implements Rule {

  @Override
  public void check(RuleContext context) {
    for (Instruction in : context.dockerfile().instructions()) {
      if (in.kind() != InstructionKind.WORKDIR || !(in.arguments() instanceof Arguments.Text t)) {
        continue;
      }
      String path = Archives.stripQuotes(t.text().value().strip());
      if (path.isEmpty() || path.startsWith("$") || path.startsWith("/") || isWindowsAbsolute(path)) {
        continue;
      }
      Optional<Fix> fix = context.model().stageOf(in)
          .flatMap(stage -> fix(stage, in, t.text()));
      String message = "WORKDIR " + path + " is relative: use an absolute path.";
      if (fix.isPresent()) {
        context.report(t.text().range(), message, fix.get());
      } else {
        context.report(t.text().range(), message);
      }
    }
  }

  /** The resolved path, when an earlier WORKDIR of the stage (or its parents) anchors it. */
  private static Optional<Fix> fix(Stage stage, Instruction in, Token text) {
    WorkdirStep self = null;
    for (Step s : stage.steps()) {
      if (s.instruction() == in && s instanceof WorkdirStep w) {
        self = w;
      }
    }
    if (self == null || text.value().contains("$") || !anchored(stage, in)) {
      return Optional.empty();
    }
    String resolved = self.resolved();
    String replacement = resolved.matches("[A-Za-z0-9_./@+,:=-]+") ? resolved
        : "\"" + resolved.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    return Optional.of(Fix.safe("Use " + resolved,
        TextEdit.replace(text.range().startOffset(), text.range().endOffset(), replacement)));
  }

  /** Whether a WORKDIR before {@code in}, in its stage or a parent stage, set the directory. */
  private static boolean anchored(Stage stage, Instruction in) {
    for (Step s : stage.steps()) {
      if (s.instruction() == in) {
        break;
      }
      if (s instanceof WorkdirStep) {
        return true;
      }
    }
    Optional<Stage> parent = stage.parent();
    while (parent.isPresent()) {
      if (!parent.get().steps(WorkdirStep.class).isEmpty()) {
        return true;
      }
      parent = parent.get().parent();
    }
    return false;
  }

  private static boolean isWindowsAbsolute(String path) {
    return path.length() >= 2 && Character.isLetter(path.charAt(0)) && path.charAt(1) == ':';
  }
}
