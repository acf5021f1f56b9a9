package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.model.RunStep;
import dev.dockwright.model.Stage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * DL4001: both {@code wget} and {@code curl} used in one image: in a stage, counting what the
 * stages it is built FROM used (they are installed there too). ONBUILD triggers are counted
 * together, as they all run in the images built on this one.
 */
@RuleSpec(
    code = "DL4001",
    name = "WgetAndCurl",
    severity = Severity.WARNING,
    origin = Origin.HADOLINT,
    summary = "Either use Wget or Curl but not both",
    rationale = "curl and wget do the same job; installing both adds a package, its libraries"
        + " and their security updates to the image for nothing, and readers must know two"
        + " sets of options. Pick one (curl is in more base images; BusyBox has a small wget)."
        + " A stage built FROM another stage has that stage's tools too, so their uses count"
        + " together; hadolint looks at each stage alone.",
    bad = "FROM debian:12\nRUN wget -q https://example.com/a.tar.gz\n"
        + "RUN curl -fsSLO https://example.com/b.tar.gz\n",
    good = "FROM debian:12\nRUN curl -fsSLO https://example.com/a.tar.gz\n"
        + "RUN curl -fsSLO https://example.com/b.tar.gz\n")
public final class WgetAndCurl implements Rule {

  @Override
  public void check(RuleContext context) {
    Map<Stage, Set<String>> usedByStage = new HashMap<>();
    Set<String> beforeFrom = new TreeSet<>();
    Set<String> onbuild = new TreeSet<>();
    for (RunUnit run : RunUnit.all(context.model())) {
      Set<String> used;
      if (run.onbuild()) {
        used = onbuild;
      } else if (run.stage().isEmpty()) {
        used = beforeFrom;
      } else {
        used = usedByStage.computeIfAbsent(run.stage().get(),
            s -> new TreeSet<>(inherited(s, usedByStage)));
      }
      List<RunStep.Command> tools = run.commands("curl", "wget");
      if (tools.isEmpty()) {
        continue;
      }
      tools.forEach(c -> used.add(c.invocation().program()));
      if (used.size() >= 2) {
        context.report(tools.get(0).range(), "This image uses both wget and curl: pick one"
            + " of them.");
      }
    }
  }

  /** What the stage's parent (and its parents) used, as far as seen. */
  private static Set<String> inherited(Stage stage, Map<Stage, Set<String>> usedByStage) {
    Optional<Stage> parent = stage.parent();
    return parent.map(p -> usedByStage.getOrDefault(p, inherited(p, usedByStage)))
        .orElse(Set.of());
  }
}
