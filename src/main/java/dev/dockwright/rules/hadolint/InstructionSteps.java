package dev.dockwright.rules.hadolint;

import dev.dockwright.model.DockerfileModel;
import dev.dockwright.model.Stage;
import dev.dockwright.model.Step;
import dev.dockwright.syntax.Instruction;
import dev.dockwright.syntax.InstructionKind;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The instructions of a file as hadolint's instruction rules see them (those before the first
 * FROM included, since hadolint reads fragments), each with the model's step and stage when it
 * belongs to one.
 */
final class InstructionSteps {

  private final Map<Instruction, Step> steps = new IdentityHashMap<>();
  private final Map<Instruction, Stage> stages = new IdentityHashMap<>();
  private final DockerfileModel model;

  private InstructionSteps(DockerfileModel model) {
    this.model = model;
    for (Stage stage : model.stages()) {
      stages.put(stage.from(), stage);
      for (Step step : stage.steps()) {
        steps.put(step.instruction(), step);
        stages.put(step.instruction(), stage);
      }
    }
  }

  static InstructionSteps of(DockerfileModel model) {
    return new InstructionSteps(model);
  }

  /** The instructions of these kinds, in file order. */
  List<Instruction> all(InstructionKind... kinds) {
    List<Instruction> out = new ArrayList<>();
    for (Instruction in : model.dockerfile().instructions()) {
      if (List.of(kinds).contains(in.kind())) {
        out.add(in);
      }
    }
    return out;
  }

  /** The instructions of these kinds and the ONBUILD triggers of these kinds, in file order. */
  List<Instruction> allWithTriggers(InstructionKind... kinds) {
    List<Instruction> out = new ArrayList<>();
    for (Instruction in : model.dockerfile().instructions()) {
      Instruction i = in.trigger().orElse(in);
      if (List.of(kinds).contains(i.kind())) {
        out.add(i);
      }
    }
    return out;
  }

  /** The model's step for a stage's instruction; empty before the first FROM and for triggers. */
  <T extends Step> Optional<T> step(Instruction in, Class<T> type) {
    Step s = steps.get(in);
    return type.isInstance(s) ? Optional.of(type.cast(s)) : Optional.empty();
  }

  /** The stage an instruction (or FROM) belongs to. */
  Optional<Stage> stage(Instruction in) {
    return Optional.ofNullable(stages.get(in));
  }
}
