package dev.dockwright.rules.buildkit;

import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.model.CommandStep;
import dev.dockwright.model.ShellStep;
import dev.dockwright.model.Stage;
import dev.dockwright.model.Step;
import dev.dockwright.syntax.Arguments;

/**
 * BuildKit's JSONArgsRecommended: CMD or ENTRYPOINT in shell form while no SHELL is set. A SHELL
 * instruction in the stage (before it) or in a stage it is built on silences it, whatever the
 * shell, as in BuildKit (the image config's Shell is then set). A base image whose config sets a
 * Shell would silence it too; no well-known Linux image does, so that is not modelled.
 */
@RuleSpec(
    code = "JSONArgsRecommended",
    name = "JSONArgsRecommended",
    severity = Severity.WARNING,
    origin = Origin.BUILDKIT,
    overlaps = {"DL3025"},
    summary = "JSON arguments recommended for ENTRYPOINT/CMD to prevent unintended behavior "
        + "related to OS signals",
    rationale = """
        In shell form the container's PID 1 is `/bin/sh -c "..."`, not your program: `docker \
        stop` sends SIGTERM to the shell, which does not pass it on, so the program is killed \
        after the 10 second grace period instead of shutting down cleanly. The exec (JSON) form \
        runs the program itself as PID 1.""",
    bad = """
        FROM alpine
        ENTRYPOINT my-program start
        # entrypoint becomes: /bin/sh -c my-program start
        """,
    good = """
        FROM alpine
        ENTRYPOINT ["my-program", "start"]
        # entrypoint becomes: my-program start
        """)
public final class JSONArgsRecommended implements Rule {

  @Override
  public void check(RuleContext context) {
    for (Stage stage : context.model().stages()) {
      boolean shellSet = stage.parent().map(JSONArgsRecommended::setsShell).orElse(false);
      for (Step step : stage.steps()) {
        if (step instanceof ShellStep) {
          shellSet = true;
        } else if (step instanceof CommandStep command && !shellSet && isShellForm(command)) {
          context.report(command.range(), "JSON arguments recommended for "
              + command.instruction().keyword().value()
              + " to prevent unintended behavior related to OS signals");
        }
      }
    }
  }

  private static boolean isShellForm(CommandStep command) {
    Arguments args = command.instruction().arguments();
    return args instanceof Arguments.Shell || args instanceof Arguments.None;
  }

  /** Whether the stage or one it is built on has a SHELL instruction. */
  private static boolean setsShell(Stage stage) {
    return !stage.steps(ShellStep.class).isEmpty()
        || stage.parent().map(JSONArgsRecommended::setsShell).orElse(false);
  }
}
