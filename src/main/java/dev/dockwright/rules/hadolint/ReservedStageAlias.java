package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.model.Stage;
import java.util.Locale;
import java.util.Set;

/** DL3063: a stage named {@code scratch} or {@code context}, words BuildKit reserves. */
@RuleSpec(
    code = "DL3063",
    name = "ReservedStageAlias",
    severity = Severity.WARNING,
    origin = Origin.HADOLINT,
    summary = "stage name should not be a reserved word",
    rationale = "`scratch` names the empty base image and `context` the build context"
        + " (`COPY --from=context`, `--build-context`); a stage called either makes FROM and"
        + " COPY --from lines ambiguous to readers and to BuildKit, which warns about it as"
        + " ReservedStageName. Stage names are compared case-insensitively, as BuildKit does.",
    bad = "FROM python:3.12-slim AS context\nRUN pip wheel -w /w gunicorn==23.0.0\n",
    good = "FROM python:3.12-slim AS build\nRUN pip wheel -w /w gunicorn==23.0.0\n")
public final class ReservedStageAlias implements Rule {

  private static final Set<String> RESERVED = Set.of("scratch", "context");

  @Override
  public void check(RuleContext context) {
    for (Stage stage : context.model().stages()) {
      if (stage.nameToken().isEmpty()) {
        continue;
      }
      String name = stage.nameToken().get().value();
      if (RESERVED.contains(name.toLowerCase(Locale.ROOT))) {
        context.report(stage.nameToken().get().range(), "Stage name `" + name
            + "` is a reserved word: pick another name.");
      }
    }
  }
}
