package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.model.RunStep;
import dev.dockwright.shell.commands.Sudo;

/** DL3004: sudo in a RUN. */
@RuleSpec(
    code = "DL3004",
    name = "NoSudo",
    severity = Severity.ERROR,
    origin = Origin.HADOLINT,
    summary = "Do not use sudo: switch users with USER (or gosu at run time).",
    rationale = "Build steps run as the current USER without a terminal; sudo adds a setuid"
        + " program to the image, depends on its sudoers configuration and may prompt or fail in"
        + " ways that differ between base images. Switch to root with USER for the steps that"
        + " need it and back afterwards; for dropping privileges at run time use gosu or su-exec."
        + " Installing the sudo package is not reported.",
    bad = "FROM debian:12\nUSER app\nRUN sudo apt-get update\n",
    good = "FROM debian:12\nRUN apt-get update\nUSER app\n")
public final class NoSudo implements Rule {

  @Override
  public void check(RuleContext context) {
    for (RunUnit run : RunUnit.all(context.model())) {
      for (RunStep.Command c : run.step().commands()) {
        if (Sudo.uses(c.invocation())) {
          context.report(c.range());
          break; // one finding per RUN, as hadolint
        }
      }
    }
  }
}
