package dev.dockwright.rules.hadolint;

import dev.dockwright.model.CopyStep;
import dev.dockwright.model.Mount;
import dev.dockwright.model.RunStep;
import dev.dockwright.syntax.Flag;
import dev.dockwright.syntax.Instruction;
import dev.dockwright.syntax.InstructionKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code --from} references of an instruction (DL3022, DL3023, DL3026): {@code COPY --from=x}
 * and {@code RUN --mount=...,from=x}, each with the flag it is written in and its value after
 * variable expansion when the value used variables.
 */
final class StageReferences {

  private StageReferences() {}

  /**
   * One reference.
   *
   * @param value the stage name, index or image, variables expanded where the model could;
   *     empty when it depends on a variable without a known value
   * @param flag the flag, for the finding's range
   */
  record Reference(Optional<String> value, Flag flag) {}

  static List<Reference> of(Instruction in, InstructionSteps steps) {
    List<Reference> out = new ArrayList<>();
    if (in.kind() == InstructionKind.COPY || in.kind() == InstructionKind.ADD) {
      in.flag("from").ifPresent(f -> {
        String written = f.value().orElse("");
        Optional<String> expanded = steps.step(in, CopyStep.class).flatMap(CopyStep::from);
        out.add(new Reference(known(written, expanded), f));
      });
    } else if (in.kind() == InstructionKind.RUN) {
      Optional<RunStep> step = steps.step(in, RunStep.class);
      for (Flag f : in.flags()) {
        if (!f.name().equals("mount")) {
          continue;
        }
        Optional<String> written = Mount.parse(f.value().orElse(""), f).from();
        Optional<String> expanded = step.flatMap(s -> s.mounts().stream()
            .filter(m -> m.flag() == f).findFirst()).flatMap(Mount::from);
        written.ifPresent(w -> out.add(new Reference(known(w, expanded), f)));
      }
    }
    return out;
  }

  private static Optional<String> known(String written, Optional<String> expanded) {
    if (!written.contains("$")) {
      return Optional.of(written);
    }
    return expanded.filter(e -> !e.isEmpty() && !e.contains("$"));
  }

  /**
   * Whether a {@code --from} value names an image rather than a stage: stage names cannot hold
   * {@code :}, {@code /} or {@code @}, so {@code python:3.12} or {@code ghcr.io/astral-sh/uv} is
   * an image.
   */
  static boolean isImage(String value) {
    return value.contains(":") || value.contains("/") || value.contains("@");
  }
}
