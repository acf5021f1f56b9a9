package dev.dockwright.convert;

import dev.dockwright.model.DockerfileModel;
import dev.dockwright.model.Stage;
import dev.dockwright.model.Step;
import dev.dockwright.syntax.Instruction;
import dev.dockwright.syntax.InstructionKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The stage that is built, with the places new instructions go: after its FROM, before the
 * trailing block of image settings (EXPOSE, HEALTHCHECK, CMD, ...), before the first
 * instruction of a kind. Keeps insertions in init's order: user, env, EXPOSE, HEALTHCHECK, CMD.
 */
final class FinalStage {
  /** Instructions that only configure the image; a final stage usually ends with a run of them. */
  private static final Set<InstructionKind> SETTINGS = Set.of(InstructionKind.EXPOSE,
      InstructionKind.HEALTHCHECK, InstructionKind.CMD, InstructionKind.ENTRYPOINT,
      InstructionKind.LABEL, InstructionKind.STOPSIGNAL, InstructionKind.ENV, InstructionKind.ARG,
      InstructionKind.USER);

  private final Stage stage;
  private final List<Stage> chain;
  private final List<Instruction> own = new ArrayList<>();

  FinalStage(DockerfileModel model) {
    this.stage = model.finalStage().orElseThrow();
    this.chain = model.shippedStages();
    for (Step s : stage.steps()) {
      own.add(s.instruction());
    }
  }

  Stage stage() {
    return stage;
  }

  /** The final stage and the stages it is built FROM, root first. */
  List<Stage> chain() {
    return chain;
  }

  Instruction from() {
    return stage.from();
  }

  List<Instruction> own() {
    return own;
  }

  /** The first instruction of the trailing settings block, empty when the stage ends otherwise. */
  Optional<Instruction> tailStart() {
    int i = own.size();
    while (i > 0 && SETTINGS.contains(own.get(i - 1).kind())) {
      i--;
    }
    return i < own.size() ? Optional.of(own.get(i)) : Optional.empty();
  }

  Optional<Instruction> first(InstructionKind... kinds) {
    for (Instruction i : own) {
      for (InstructionKind k : kinds) {
        if (i.kind() == k) {
          return Optional.of(i);
        }
      }
    }
    return Optional.empty();
  }

  Instruction last() {
    return own.isEmpty() ? stage.from() : own.get(own.size() - 1);
  }

  void insertAfterFrom(Edits edits, String lines) {
    edits.insertAfter(stage.from(), lines);
  }

  /** Before the trailing settings block (after everything that builds), or at the end. */
  void insertAtTail(Edits edits, String lines) {
    Optional<Instruction> tail = tailStart();
    if (tail.isPresent()) {
      edits.insertBefore(tail.get(), lines);
    } else {
      edits.insertAfter(last(), lines);
    }
  }

  /** Before the first instruction of one of {@code kinds}, else at the end of the stage. */
  void insertBeforeFirst(Edits edits, String lines, InstructionKind... kinds) {
    Optional<Instruction> at = first(kinds);
    if (at.isPresent()) {
      edits.insertBefore(at.get(), lines);
    } else {
      edits.insertAfter(last(), lines);
    }
  }
}
