package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.model.Stage;
import dev.dockwright.model.Step;
import dev.dockwright.model.WorkdirStep;
import dev.dockwright.syntax.Arguments;
import dev.dockwright.syntax.Instruction;
import dev.dockwright.syntax.InstructionKind;
import dev.dockwright.syntax.Token;
import java.util.List;
import java.util.Optional;

/**
 * DL3045: COPY to a relative destination in a stage where no WORKDIR was set (in it or in the
 * stages it is built FROM). ONBUILD triggers run in someone else's image and are not checked.
 */
@RuleSpec(
    code = "DL3045",
    name = "CopyRelativeWithoutWorkdir",
    severity = Severity.WARNING,
    origin = Origin.HADOLINT,
    summary = "`COPY` to a relative destination without `WORKDIR` set.",
    rationale = "A relative destination is relative to the working directory, which without a"
        + " WORKDIR comes from the base image: `/` for most, something else for some, and it can"
        + " change when the base image is updated. Files then land somewhere the rest of the"
        + " Dockerfile does not expect. Set WORKDIR first (it is inherited from a stage the"
        + " stage is built FROM) or copy to an absolute path.",
    bad = "FROM python:3.12-slim\nCOPY . .\n",
    good = "FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\n")
public final class CopyRelativeWithoutWorkdir implements Rule {

  @Override
  public void check(RuleContext context) {
    InstructionSteps steps = InstructionSteps.of(context.model());
    boolean workdirBeforeFrom = false;
    for (Instruction in : context.dockerfile().instructions()) {
      if (in.kind() == InstructionKind.WORKDIR && steps.stage(in).isEmpty()) {
        workdirBeforeFrom = true;
      }
      if (in.kind() != InstructionKind.COPY) {
        continue;
      }
      List<Token> words = MultiSourceCopyDestination.words(in);
      if (words.size() < 2) {
        continue;
      }
      Token dest = words.get(words.size() - 1);
      String path = in.arguments() instanceof Arguments.Exec ? dest.value()
          : Archives.stripQuotes(dest.value());
      if (isAbsolute(path)) {
        continue;
      }
      Optional<Stage> stage = steps.stage(in);
      boolean workdir = stage.isPresent() ? workdirSet(stage.get(), in) : workdirBeforeFrom;
      if (!workdir) {
        context.report(dest.range(), "COPY to the relative path `" + path + "` lands in the base"
            + " image's working directory: set WORKDIR first, or copy to an absolute path.");
      }
    }
  }

  /** Absolute, a Windows drive path, or a variable (whose value decides). */
  private static boolean isAbsolute(String path) {
    return path.startsWith("/") || path.startsWith("$")
        || path.length() >= 2 && Character.isLetter(path.charAt(0)) && path.charAt(1) == ':';
  }

  /** A WORKDIR earlier in the stage, or anywhere in the stages it is built FROM. */
  private static boolean workdirSet(Stage stage, Instruction before) {
    for (Step s : stage.steps()) {
      if (s.instruction() == before) {
        break;
      }
      if (s instanceof WorkdirStep) {
        return true;
      }
    }
    for (Optional<Stage> p = stage.parent(); p.isPresent(); p = p.get().parent()) {
      if (!p.get().steps(WorkdirStep.class).isEmpty()) {
        return true;
      }
    }
    return false;
  }
}
