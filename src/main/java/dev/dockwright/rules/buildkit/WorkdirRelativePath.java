package dev.dockwright.rules.buildkit;

import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.model.Stage;
import dev.dockwright.model.WorkdirStep;

/**
 * BuildKit's WorkdirRelativePath: the first WORKDIR a stage sets (counting the stages it is built
 * on) is relative, so it is resolved against whatever working directory the base image has.
 * Later relative WORKDIRs are fine: they build on the absolute one.
 */
@RuleSpec(
    code = "WorkdirRelativePath",
    name = "WorkdirRelativePath",
    severity = Severity.WARNING,
    origin = Origin.BUILDKIT,
    summary = "Relative workdir without an absolute workdir declared within the build can have "
        + "unexpected results if the base image changes",
    rationale = """
        A relative WORKDIR is resolved against the base image's working directory, which the \
        Dockerfile does not control: when a new version of the base image changes it, files \
        land somewhere else and CMD paths break.""",
    bad = """
        FROM nginx AS web
        WORKDIR usr/share/nginx/html
        COPY public .
        """,
    good = """
        FROM nginx AS web
        WORKDIR /usr/share/nginx/html
        COPY public .
        """)
public final class WorkdirRelativePath implements Rule {

  @Override
  public void check(RuleContext context) {
    for (Stage stage : context.model().stages()) {
      boolean workdirSet = stage.parent().map(WorkdirRelativePath::setsWorkdir).orElse(false);
      for (WorkdirStep workdir : stage.steps(WorkdirStep.class)) {
        if (!workdirSet && !workdir.path().startsWith("/")) {
          context.report(workdir.range(), "Relative workdir " + Go.quote(workdir.path())
              + " can have unexpected results if the base image changes");
        }
        workdirSet = true;
      }
    }
  }

  private static boolean setsWorkdir(Stage stage) {
    return !stage.steps(WorkdirStep.class).isEmpty()
        || stage.parent().map(WorkdirRelativePath::setsWorkdir).orElse(false);
  }
}
