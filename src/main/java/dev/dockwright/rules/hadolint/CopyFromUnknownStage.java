package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.model.Stage;
import dev.dockwright.syntax.Instruction;
import dev.dockwright.syntax.InstructionKind;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * DL3022: {@code COPY --from} (or {@code RUN --mount=from=}) naming no stage defined before it.
 * Names match case-insensitively, as BuildKit matches them (hadolint: exactly).
 */
@RuleSpec(
    code = "DL3022",
    name = "CopyFromUnknownStage",
    severity = Severity.WARNING,
    origin = Origin.HADOLINT,
    summary = "`COPY --from` should reference a previously defined `FROM` alias.",
    rationale = "`--from` takes an earlier stage's name or index, or an image. A name that is no"
        + " earlier stage is silently taken as an image from Docker Hub: a typo in a stage name,"
        + " or a stage defined further down, makes the build pull (or fail to pull) an unrelated"
        + " image instead of copying the build's output. Images are recognised by their tag,"
        + " registry or digest (`python:3.12`, `ghcr.io/astral-sh/uv`), which stage names cannot"
        + " have.",
    bad = "FROM python:3.12-slim AS build\nRUN pip wheel --no-cache-dir -w /wheels"
        + " gunicorn==23.0.0\nFROM python:3.12-slim\nCOPY --from=biuld /wheels /wheels\n",
    good = "FROM python:3.12-slim AS build\nRUN pip wheel --no-cache-dir -w /wheels"
        + " gunicorn==23.0.0\nFROM python:3.12-slim\nCOPY --from=build /wheels /wheels\n")
public final class CopyFromUnknownStage implements Rule {

  @Override
  public void check(RuleContext context) {
    InstructionSteps steps = InstructionSteps.of(context.model());
    Set<String> names = new HashSet<>();
    int stages = 0;
    for (Instruction in : context.dockerfile().instructions()) {
      if (in.kind() == InstructionKind.FROM) {
        stages++;
        steps.stage(in).flatMap(Stage::name).ifPresent(n -> names.add(n.toLowerCase(Locale.ROOT)));
        continue;
      }
      for (StageReferences.Reference ref : StageReferences.of(in, steps)) {
        if (ref.value().isEmpty()) {
          continue;
        }
        String v = ref.value().get();
        boolean defined = names.contains(v.toLowerCase(Locale.ROOT))
            || v.matches("\\d{1,9}") && Integer.parseInt(v) < stages;
        if (defined || StageReferences.isImage(v)) {
          continue;
        }
        if (v.matches("\\d+")) {
          context.report(ref.flag().range(), "`--from=" + v + "`: there " + (stages == 1
              ? "is 1 stage" : "are " + stages + " stages") + " above, numbered from 0.");
        } else {
          context.report(ref.flag().range(), "`--from=" + v + "` names no stage defined above"
              + " (it would be pulled as the image " + v + ":latest): define `FROM ... AS " + v
              + "` before it, or fix the name.");
        }
      }
    }
  }
}
