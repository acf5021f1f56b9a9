package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.model.Stage;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** DL3024: two stages with the same name (case-insensitively, as BuildKit compares them). */
@RuleSpec(
    code = "DL3024",
    name = "DuplicateStageAlias",
    severity = Severity.ERROR,
    origin = Origin.HADOLINT,
    summary = "FROM aliases (stage names) must be unique.",
    rationale = "`--from`, `FROM <stage>` and `--target` find stages by name. With two stages of"
        + " the same name BuildKit refuses the file (`duplicate stage name`); older builders used"
        + " one of them silently. Names are compared ignoring case, as BuildKit does.",
    bad = "FROM python:3.12-slim AS build\nRUN pip wheel --no-cache-dir -w /w gunicorn==23.0.0\n"
        + "FROM python:3.12-slim AS build\nCOPY --from=build /w /w\n",
    good = "FROM python:3.12-slim AS build\nRUN pip wheel --no-cache-dir -w /w gunicorn==23.0.0\n"
        + "FROM python:3.12-slim AS app\nCOPY --from=build /w /w\n")
public final class DuplicateStageAlias implements Rule {

  @Override
  public void check(RuleContext context) {
    Map<String, Stage> seen = new HashMap<>();
    for (Stage stage : context.model().stages()) {
      if (stage.nameToken().isEmpty()) {
        continue;
      }
      String name = stage.name().get();
      Stage first = seen.putIfAbsent(name.toLowerCase(Locale.ROOT), stage);
      if (first != null) {
        context.report(stage.nameToken().get().range(), "Stage name `" + name + "` is already"
            + " used by the stage on line " + first.from().startLine() + ": rename one of them.");
      }
    }
  }
}
