package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.model.RunStep;
import dev.dockwright.shell.commands.NonContainerCommands;

/** DL3001: commands that make no sense in a build step (ssh, vim, service, ps, ...). */
@RuleSpec(
    code = "DL3001",
    name = "PointlessCommandInRun",
    severity = Severity.INFO,
    origin = Origin.HADOLINT,
    summary = "This command makes no sense in a build step.",
    rationale = "A RUN step runs once, without a terminal, init system or running services:"
        + " interactive programs (`vim`, `top`), process and service control (`ps`, `kill`,"
        + " `service`, `shutdown`), `mount`, `free` and remote logins (`ssh`) do nothing useful"
        + " there and usually mean the Dockerfile is treated like a shell session on a server."
        + " Installing such a package (`apt-get install ssh`) is not reported.",
    bad = "FROM debian:12\nRUN service nginx start\n",
    good = "FROM nginx:1.27\nCMD [\"nginx\", \"-g\", \"daemon off;\"]\n")
public final class PointlessCommandInRun implements Rule {

  @Override
  public void check(RuleContext context) {
    for (RunUnit run : RunUnit.all(context.model())) {
      for (RunStep.Command c : run.step().commands()) {
        if (NonContainerCommands.isListed(c.invocation(), NonContainerCommands.HADOLINT)) {
          context.report(c.range(), "`" + c.invocation().name()
              + "` makes no sense in a build step.");
          break; // one finding per RUN, as hadolint
        }
      }
    }
  }
}
