package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.model.DockerfileModel;
import dev.dockwright.model.Stage;
import dev.dockwright.model.image.ImageRef;
import dev.dockwright.syntax.Arguments;
import dev.dockwright.syntax.Token;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** DL3006: FROM an image without a tag or digest. */
@RuleSpec(
    code = "DL3006",
    name = "UntaggedImage",
    severity = Severity.WARNING,
    origin = Origin.HADOLINT,
    summary = "Tag the version of the base image explicitly.",
    rationale = "Without a tag Docker uses `latest`, which moves: the same Dockerfile builds a"
        + " different image tomorrow, and a rebuild can break without any change in the"
        + " repository. `scratch`, earlier stages and digests need no tag. A FROM line built from"
        + " global ARGs is checked with their default values (hadolint does not resolve them).",
    bad = "FROM python\n",
    good = "FROM python:3.12-slim\n")
public final class UntaggedImage implements Rule {

  @Override
  public void check(RuleContext context) {
    for (Stage stage : context.model().stages()) {
      Optional<ImageRef> image = stage.ownImage();
      Optional<Token> word = imageWord(stage);
      if (image.isEmpty() || word.isEmpty() || !known(context.model(), word.get(), image.get())) {
        continue;
      }
      ImageRef ref = image.get();
      if (!ref.isScratch() && ref.tag().isEmpty() && ref.digest().isEmpty()) {
        context.report(word.get().range(), "Tag the version of " + ref.raw()
            + " explicitly (it means " + ref.raw() + ":latest).");
      }
    }
  }

  /** The image word of a FROM line. */
  static Optional<Token> imageWord(Stage stage) {
    return stage.from().arguments() instanceof Arguments.Words w && !w.words().isEmpty()
        ? Optional.of(w.words().get(0)) : Optional.empty();
  }

  /**
   * Whether the reference is fully known: written without variables, or with global ARGs that
   * all have a value (an unset one would leave the image to the build command line).
   */
  static boolean known(DockerfileModel model, Token written, ImageRef ref) {
    if (!ref.resolved() || ref.repository().isEmpty()) {
      return false;
    }
    Matcher m = VARIABLE.matcher(written.value());
    while (m.find()) {
      if (model.globalScope().get(m.group(1)) == null) {
        return false;
      }
    }
    return true;
  }

  private static final Pattern VARIABLE = Pattern.compile("\\$\\{?([A-Za-z_][A-Za-z0-9_]*)");
}
