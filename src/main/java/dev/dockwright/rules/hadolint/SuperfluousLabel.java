package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.syntax.Instruction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** DL3050: with {@code strict-labels}, a LABEL sets a label the {@code label-schema} lacks. */
@RuleSpec(
    code = "DL3050",
    name = "SuperfluousLabel",
    severity = Severity.INFO,
    origin = Origin.HADOLINT,
    summary = "Superfluous label(s) present.",
    rationale = "With `strict-labels: true` the configuration's `label-schema` is the complete"
        + " list of labels an image may carry, so that every label is documented and checked."
        + " A label outside it is either a typo of a schema label (which then counts as"
        + " missing) or one to add to the schema. Off unless `strict-labels` is set.",
    bad = "# strict-labels: true, label-schema: {org.opencontainers.image.version: semver}\n"
        + "FROM alpine:3.20\nLABEL org.opencontainers.image.version=\"1.2.0\" build-host=ci-7\n",
    good = "# strict-labels: true, label-schema: {org.opencontainers.image.version: semver}\n"
        + "FROM alpine:3.20\nLABEL org.opencontainers.image.version=\"1.2.0\"\n",
    exampleConfig = "strict-labels: true\nlabel-schema:\n"
        + "  org.opencontainers.image.version: semver\n")
public final class SuperfluousLabel implements Rule {

  @Override
  public void check(RuleContext context) {
    if (!context.config().strictLabels()) {
      return;
    }
    Set<String> schema = context.config().labelSchema().keySet();
    Map<Instruction, List<Labels.Pair>> extra = new LinkedHashMap<>();
    for (Labels.Pair p : Labels.all(context.model())) {
      if (!schema.contains(p.key())) {
        extra.computeIfAbsent(p.instruction(), k -> new ArrayList<>()).add(p);
      }
    }
    for (List<Labels.Pair> pairs : extra.values()) {
      List<String> names = pairs.stream().map(Labels.Pair::key).distinct().toList();
      context.report(pairs.get(0).keyRange(), "Superfluous label" + (names.size() > 1 ? "s " : " ")
          + PackageCommands.list(names) + ": not in the label-schema (strict-labels).");
    }
  }
}
