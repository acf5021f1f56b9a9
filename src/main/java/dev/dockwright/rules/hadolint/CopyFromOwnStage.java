package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.model.Stage;
import dev.dockwright.syntax.Instruction;
import dev.dockwright.syntax.InstructionKind;
import java.util.Locale;
import java.util.Optional;

/**
 * DL3023: {@code COPY --from} (or {@code RUN --mount=from=}) naming the stage it is in, by name
 * (case-insensitively, as BuildKit) or by index (hadolint: by exact name only).
 */
@RuleSpec(
    code = "DL3023",
    name = "CopyFromOwnStage",
    severity = Severity.ERROR,
    origin = Origin.HADOLINT,
    summary = "`COPY --from` cannot reference its own `FROM` alias.",
    rationale = "A stage cannot copy from itself: its filesystem is what the COPY is building."
        + " BuildKit fails with a circular dependency. To copy within a stage, use `RUN cp`, or"
        + " copy from the stage that produced the files.",
    bad = "FROM python:3.12-slim AS app\nCOPY --from=app /src /app\n",
    good = "FROM python:3.12-slim AS build\nRUN mkdir /src\nFROM python:3.12-slim AS app\n"
        + "COPY --from=build /src /app\n")
public final class CopyFromOwnStage implements Rule {

  @Override
  public void check(RuleContext context) {
    InstructionSteps steps = InstructionSteps.of(context.model());
    Stage current = null;
    for (Instruction in : context.dockerfile().instructions()) {
      if (in.kind() == InstructionKind.FROM) {
        current = steps.stage(in).orElse(null);
        continue;
      }
      if (current == null) {
        continue;
      }
      for (StageReferences.Reference ref : StageReferences.of(in, steps)) {
        if (ref.value().isPresent() && isSelf(current, ref.value().get())) {
          context.report(ref.flag().range(), "`--from=" + ref.value().get() + "` is the stage"
              + " this instruction is in; a stage cannot copy from itself.");
        }
      }
    }
  }

  private static boolean isSelf(Stage stage, String value) {
    Optional<String> name = stage.name().map(n -> n.toLowerCase(Locale.ROOT));
    return name.map(n -> n.equals(value.toLowerCase(Locale.ROOT))).orElse(false)
        || value.equals(Integer.toString(stage.index()));
  }
}
