package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.model.RunStep;

/** DL4005: {@code ln ... /bin/sh} to change the shell RUN uses. */
@RuleSpec(
    code = "DL4005",
    name = "ShellViaSymlink",
    severity = Severity.WARNING,
    origin = Origin.HADOLINT,
    summary = "Use SHELL to change the default shell",
    rationale = "Replacing /bin/sh with a link to bash changes the shell of every program in"
        + " the container that runs `sh` (scripts, `system()`, package maintainer scripts), not"
        + " just of the RUN instructions, and the change is invisible to readers of the"
        + " Dockerfile. `SHELL [\"/bin/bash\", \"-c\"]` changes the shell of the following"
        + " RUN, CMD and ENTRYPOINT instructions only, and says so.",
    bad = "FROM debian:12\nRUN ln -sf /bin/bash /bin/sh\n",
    good = "FROM debian:12\nSHELL [\"/bin/bash\", \"-c\"]\n")
public final class ShellViaSymlink implements Rule {

  @Override
  public void check(RuleContext context) {
    for (RunUnit run : RunUnit.all(context.model())) {
      for (RunStep.Command ln : run.commands("ln")) {
        if (ln.invocation().args().stream().anyMatch(w -> w.is("/bin/sh"))) {
          context.report(ln.range(), "Replacing /bin/sh with a link changes the shell of every"
              + " program in the image: use SHELL to change the shell of RUN instead.");
        }
      }
    }
  }
}
