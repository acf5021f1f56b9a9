package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.model.DockerfileModel;
import dev.dockwright.model.Stage;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * DL3049: a label of the configured {@code label-schema} missing from an image the Dockerfile
 * produces. An image is a stage no other stage builds on or copies from; it has the label when
 * the stage or a stage it is built FROM sets it.
 */
@RuleSpec(
    code = "DL3049",
    name = "MissingLabel",
    severity = Severity.INFO,
    origin = Origin.HADOLINT,
    summary = "Label `<label>` is missing.",
    rationale = "Teams that require labels on their images (owner, source, version, license)"
        + " list them in the configuration's `label-schema`; an image built without them"
        + " cannot be traced back to its source or owner by registries and scanners. Nothing is"
        + " required without a schema. Each stage that is a result of the build is checked: a"
        + " stage that another stage is built FROM, or copies from, is an intermediate and"
        + " needs no labels of its own, and labels set in a parent stage are inherited.",
    bad = "# label-schema: {org.opencontainers.image.source: url}\n"
        + "FROM python:3.12-slim\nCOPY app.py /app/\n",
    good = "# label-schema: {org.opencontainers.image.source: url}\n"
        + "FROM python:3.12-slim\n"
        + "LABEL org.opencontainers.image.source=\"https://github.com/example/app\"\n"
        + "COPY app.py /app/\n",
    exampleConfig = "label-schema:\n  org.opencontainers.image.source: url\n")
public final class MissingLabel implements Rule {

  @Override
  public void check(RuleContext context) {
    Set<String> required = context.config().labelSchema().keySet();
    if (required.isEmpty()) {
      return;
    }
    DockerfileModel model = context.model();
    List<Labels.Pair> labels = Labels.all(model);
    Set<Stage> intermediates = new HashSet<>();
    for (Stage stage : model.stages()) {
      intermediates.addAll(model.dependencies(stage));
    }
    for (Stage stage : model.stages()) {
      if (intermediates.contains(stage)) {
        continue;
      }
      for (String label : required.stream().sorted().toList()) {
        if (!hasLabel(stage, label, labels)) {
          context.report(stage.range(), "Label `" + label + "` is missing"
              + stage.name().map(n -> " from stage `" + n + "`").orElse("") + ".");
        }
      }
    }
  }

  /** Set in the stage or in one of the stages it is built FROM. */
  private static boolean hasLabel(Stage stage, String label, List<Labels.Pair> labels) {
    for (Optional<Stage> s = Optional.of(stage); s.isPresent(); s = s.get().parent()) {
      Stage current = s.get();
      if (labels.stream().anyMatch(p -> p.stage().orElse(null) == current
          && p.key().equals(label))) {
        return true;
      }
    }
    return false;
  }
}
