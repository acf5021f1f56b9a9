package dev.dockwright.rules.hadolint;

import dev.dockwright.model.DockerfileModel;
import dev.dockwright.model.OtherStep;
import dev.dockwright.model.RunStep;
import dev.dockwright.model.Stage;
import dev.dockwright.model.Step;
import dev.dockwright.model.StepContext;
import dev.dockwright.syntax.Instruction;
import dev.dockwright.syntax.InstructionKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A RUN as hadolint's RUN rules see it: a stage's RUN, an {@code ONBUILD RUN} trigger (checked
 * as the RUN it will be in the images built FROM this one), or a RUN written before the first
 * FROM (BuildKit rejects such a file, but hadolint reads it and so do we).
 *
 * @param step the RUN, interpreted by the model (scripts, mounts, context)
 * @param stage the stage it belongs to; empty before the first FROM
 * @param onbuild an ONBUILD trigger rather than a RUN of the stage
 */
record RunUnit(RunStep step, Optional<Stage> stage, boolean onbuild) {

  /** The commands whose program is one of {@code programs}. */
  List<RunStep.Command> commands(String... programs) {
    return step.commands(programs);
  }

  /** Every RUN of the file in file order, ONBUILD triggers included. */
  static List<RunUnit> all(DockerfileModel model) {
    List<RunUnit> out = new ArrayList<>();
    for (Instruction in : model.dockerfile().instructions()) {
      Optional<Stage> stage = model.stageOf(in);
      Step step = model.step(in).orElse(null);
      StepContext context = step != null ? step.context() : model.detachedContext();
      if (in.kind() == InstructionKind.RUN) {
        RunStep run = step instanceof RunStep r ? r : model.interpretRun(in, context);
        out.add(new RunUnit(run, stage, false));
      } else if (in.kind() == InstructionKind.ONBUILD
          && (step == null || step instanceof OtherStep)) {
        Optional<Instruction> trigger = in.trigger();
        if (trigger.isPresent() && trigger.get().kind() == InstructionKind.RUN) {
          out.add(new RunUnit(model.interpretRun(trigger.get(), context), stage, true));
        }
      }
    }
    return out;
  }
}
