package dev.dockwright.rules.buildkit;

import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.model.DockerfileModel;
import dev.dockwright.model.Stage;
import dev.dockwright.model.image.ReferenceGrammar;
import dev.dockwright.syntax.expand.Env;
import dev.dockwright.syntax.expand.Expansion;
import java.util.Optional;

/**
 * BuildKit's InvalidDefaultArgInFrom: with the global ARGs at their defaults (build arguments
 * deliberately ignored), a FROM image reference expands to an empty or invalid name. As in
 * BuildKit, a default that cannot be expanded, or a FROM that cannot, ends the check quietly
 * (the build reports that error itself).
 */
@RuleSpec(
    code = "InvalidDefaultArgInFrom",
    name = "InvalidDefaultArgInFrom",
    severity = Severity.WARNING,
    origin = Origin.BUILDKIT,
    summary = "Default value for global ARG results in an empty or invalid base image name",
    rationale = """
        A Dockerfile should build without `--build-arg`: when the image name depends on an ARG \
        without a usable default, a plain `docker build` fails with an invalid reference, and \
        tools that read the Dockerfile (scanners, dependency bots) cannot tell the base image.""",
    bad = """
        ARG TAG
        FROM busybox:${TAG}
        """,
    good = """
        ARG TAG=latest
        FROM busybox:${TAG}
        """)
public final class InvalidDefaultArgInFrom implements Rule {

  @Override
  public void check(RuleContext context) {
    DockerfileModel model = context.model();
    Optional<Env> defaults = GlobalArgs.defaultsOnly(model);
    if (defaults.isEmpty()) {
      return;
    }
    for (Stage stage : model.stages()) {
      Optional<String> base = FromLine.base(stage.from());
      if (base.isEmpty()) {
        continue;
      }
      Expansion e = GlobalArgs.expander(model).expand(base.get(), defaults.get());
      if (e.failed()) {
        return;
      }
      if (!ReferenceGrammar.isValid(e.text())) {
        context.report(stage.range(), "Default value for ARG " + base.get()
            + " results in empty or invalid base image name");
      }
    }
  }
}
