package dev.dockwright.rules.hadolint;

import dev.dockwright.model.DockerfileModel;
import dev.dockwright.model.Stage;
import dev.dockwright.model.Step;
import dev.dockwright.syntax.Instruction;
import dev.dockwright.syntax.InstructionKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The instructions of a file as hadolint's instruction rules see them (those before the first
 * FROM included, since hadolint reads fragments), each with the model's step and stage when it
 * belongs to one.
 */
final class InstructionSteps {

  private final DockerfileModel model;

  private InstructionSteps(DockerfileModel model) {
    this.model = model;
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
    return model.step(in).filter(type::isInstance).map(type::cast);
  }

  /** The stage an instruction (or FROM) belongs to. */
  Optional<Stage> stage(Instruction in) {
    return model.stageOf(in);
  }
}
