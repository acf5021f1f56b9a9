package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.model.Stage;
import dev.dockwright.model.image.ImageRef;
import dev.dockwright.syntax.Token;
import java.util.Optional;

/** DL3007: FROM an image tagged {@code latest} without a digest. */
@RuleSpec(
    code = "DL3007",
    name = "LatestTag",
    severity = Severity.WARNING,
    origin = Origin.HADOLINT,
    summary = "Do not use the latest tag: pin the base image to a release tag.",
    rationale = "`latest` is whatever was pushed last: rebuilding the same Dockerfile can pull a"
        + " new major version and break, and nobody can tell which version an image was built"
        + " from. A digest after the tag (`:latest@sha256:...`) pins the image and is accepted.",
    bad = "FROM python:latest\n",
    good = "FROM python:3.12-slim\n")
public final class LatestTag implements Rule {

  @Override
  public void check(RuleContext context) {
    for (Stage stage : context.model().stages()) {
      Optional<ImageRef> image = stage.ownImage();
      Optional<Token> word = UntaggedImage.imageWord(stage);
      if (image.isPresent() && word.isPresent() && UntaggedImage.known(context.model(), word.get(), image.get())
          && image.get().isLatest() && image.get().digest().isEmpty()) {
        context.report(word.get().range(), "Pin " + image.get().raw()
            + " to a release tag instead of latest.");
      }
    }
  }
}
