package dev.dockwright.rules.buildkit;

import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.model.DockerfileModel;
import dev.dockwright.model.Stage;
import dev.dockwright.model.WorkdirStep;
import dev.dockwright.syntax.Arguments;
import dev.dockwright.syntax.expand.ExpansionOptions;
import dev.dockwright.syntax.expand.VariableExpander;
import java.util.regex.Pattern;

/**
 * BuildKit's WorkdirRelativePath: the first WORKDIR a stage sets (counting the stages it is built
 * on) is relative, so it is resolved against whatever working directory the base image has.
 * Later relative WORKDIRs are fine: they build on the absolute one. In a stage built for Windows
 * (its platform or base image says so) {@code C:\app} and {@code \app} are absolute, and so is a
 * path with a drive letter anywhere (it makes sense on Windows only). A path
 * that uses a variable the base image may define (its environment unknown here) is not judged.
 */
@RuleSpec(
    code = "WorkdirRelativePath",
    name = "WorkdirRelativePath",
    severity = Severity.WARNING,
    origin = Origin.BUILDKIT,
    overlaps = {"DL3000"},
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

  /** {@code C:\x}, {@code c:/x}: only meaningful on Windows, whatever the base image. */
  private static final Pattern DRIVE_PATH = Pattern.compile("[A-Za-z]:[\\\\/]");

  @Override
  public void check(RuleContext context) {
    DockerfileModel model = context.model();
    VariableExpander expander =
        new VariableExpander(model.dockerfile().escapeChar(), ExpansionOptions.DEFAULT);
    for (Stage stage : model.stages()) {
      boolean windows = BaseImages.isWindows(model, stage);
      boolean envKnown = BaseImages.environmentKnown(stage);
      boolean workdirSet = stage.parent().map(WorkdirRelativePath::setsWorkdir).orElse(false);
      for (WorkdirStep workdir : stage.steps(WorkdirStep.class)) {
        boolean guessed = !envKnown && workdir.instruction().arguments() instanceof Arguments.Text t
            && expander.expand(t.text().value(), workdir.context().scope()).unmatched().stream()
                .anyMatch(n -> !workdir.context().scope().isArg(n));
        if (!workdirSet && !guessed && !isAbsolute(workdir.path(), windows)) {
          context.report(workdir.range(), "Relative workdir " + Go.quote(workdir.path())
              + " can have unexpected results if the base image changes");
        }
        workdirSet = true;
      }
    }
  }

  /**
   * BuildKit's {@code system.IsAbs}: on Windows a drive letter (the system drive {@code C:}) is
   * dropped and backslashes count as slashes.
   */
  static boolean isAbsolute(String path, boolean windows) {
    if (!windows && !DRIVE_PATH.matcher(path).lookingAt()) {
      return path.startsWith("/");
    }
    String p = path;
    if (p.length() >= 2 && p.charAt(1) == ':' && Character.isLetter(p.charAt(0))) {
      if (Character.toLowerCase(p.charAt(0)) != 'c') {
        return false;
      }
      p = p.substring(2);
    }
    return p.replace('\\', '/').startsWith("/");
  }

  private static boolean setsWorkdir(Stage stage) {
    return !stage.steps(WorkdirStep.class).isEmpty()
        || stage.parent().map(WorkdirRelativePath::setsWorkdir).orElse(false);
  }
}
