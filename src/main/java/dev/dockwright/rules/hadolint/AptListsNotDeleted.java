package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.Fix;
import dev.dockwright.lint.FixSafety;
import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.lint.TextEdit;
import dev.dockwright.model.DockerfileModel;
import dev.dockwright.model.Paths;
import dev.dockwright.model.RunStep;
import dev.dockwright.shell.ast.Word;
import dev.dockwright.shell.commands.AptCommand;
import dev.dockwright.shell.commands.RmCommand;
import java.util.Optional;

/**
 * DL3009: {@code apt-get update} without deleting {@code /var/lib/apt/lists} in the same RUN, in
 * a stage that ships. Cache and tmpfs mounts over the lists keep them out of the image.
 */
@RuleSpec(
    code = "DL3009",
    name = "AptListsNotDeleted",
    severity = Severity.INFO,
    origin = Origin.HADOLINT,
    summary = "Delete the apt lists (/var/lib/apt/lists) after installing something.",
    rationale = "`apt-get update` downloads package lists (tens of megabytes) into"
        + " /var/lib/apt/lists. Unless the same RUN removes them (`rm -rf /var/lib/apt/lists/*`, or"
        + " `apt-get distclean` on apt 2.7.8+),"
        + " they stay in the layer and ship with the image; removing them in a later RUN does not"
        + " shrink it. A cache or tmpfs mount on /var/lib/apt/lists (or on both /var/lib/apt and"
        + " /var/cache/apt, the usual cache recipe) keeps them out, so it counts as clean."
        + " Stages that do not ship (builders only copied from) are not reported; ONBUILD"
        + " triggers always are, since they run in the images built on this one.",
    bad = "FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends"
        + " curl=7.88.1-10+deb12u8\n",
    good = "FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends"
        + " curl=7.88.1-10+deb12u8 && rm -rf /var/lib/apt/lists/*\n",
    fix = "Appends `&& rm -rf /var/lib/apt/lists/*` to the RUN's last `&&` chain, on a"
        + " continuation line of its own when the chain is written one command a line. Safe: only"
        + " a later `apt-get install` reads the lists, so the fix is offered only when no later RUN"
        + " of the stage, or of a stage built FROM it, installs with apt before updating. Not"
        + " offered for exec-form RUNs, RUNs with here-documents, ONBUILD triggers (the images"
        + " built on this one may install without updating), or when the script ends in anything"
        + " but a top-level `&&` chain (`||`, a subshell, a loop, an `if`).",
    fixSafety = FixSafety.SAFE)
public final class AptListsNotDeleted implements Rule {

  private static final String LISTS = "/var/lib/apt/lists";

  @Override
  public void check(RuleContext context) {
    DockerfileModel model = context.model();
    for (RunUnit run : RunUnit.all(model)) {
      Optional<RunStep.Command> update = update(run);
      if (update.isEmpty() || removesLists(run) || mountsLists(run.step())) {
        continue;
      }
      boolean ships = run.onbuild()
          || run.stage().map(model::ships).orElse(model.stages().isEmpty());
      if (!ships) {
        continue;
      }
      String message = "The apt lists stay in the image: remove " + LISTS + "/* in the same RUN"
          + " (or use a cache mount).";
      Optional<TextEdit> fix = run.onbuild() ? Optional.empty()
          : AptListsRemoval.after(model, context.file().text(), run.stage(), run.step(), update.get());
      if (fix.isPresent()) {
        context.report(update.get().range(), message, Fix.safe("Remove the apt lists", fix.get()));
      } else {
        context.report(update.get().range(), message);
      }
    }
  }

  private static Optional<RunStep.Command> update(RunUnit run) {
    return PackageCommands.find(run, AptCommand::match).stream()
        .filter(f -> f.recognised().action().equals("update"))
        .map(PackageCommands.Found::command).findFirst();
  }

  /**
   * An {@code rm} of the lists, or of a directory above them, or {@code apt-get distclean}, in the
   * same RUN.
   */
  private static boolean removesLists(RunUnit run) {
    if (PackageCommands.find(run, AptCommand::match).stream()
        .anyMatch(f -> f.recognised().removesLists())) {
      return true;
    }
    for (var f : PackageCommands.find(run, RmCommand::match)) {
      for (Word w : f.recognised().paths()) {
        String path = w.unquoted();
        if (!path.startsWith("/")) {
          continue;
        }
        String dir = path.endsWith("/*") ? path.substring(0, path.length() - 2) : path;
        if (Paths.isUnder(LISTS, dir) && Paths.isUnder(dir, "/var/lib/apt")) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A cache or tmpfs mount on the lists themselves, or on both apt's state and its download
   * cache (the usual recipe, which also removes docker-clean: with /var/lib/apt alone the
   * downloaded packages stay in the image, so hadolint and we still report it).
   */
  private static boolean mountsLists(RunStep step) {
    boolean lists = step.mounts().stream().anyMatch(m -> m.keepsOutOfImage(LISTS)
        && m.target().map(t -> Paths.normalize(t).equals(LISTS)).orElse(false));
    return lists || step.cacheMounted(LISTS) && step.cacheMounted("/var/cache/apt");
  }
}
