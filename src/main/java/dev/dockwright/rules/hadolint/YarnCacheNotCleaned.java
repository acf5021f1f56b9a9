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
import dev.dockwright.model.Mount;
import dev.dockwright.model.RunStep;
import dev.dockwright.shell.ast.Word;
import java.util.List;

/**
 * DL3060: {@code yarn install} without a later {@code yarn cache clean} in the same RUN, in a
 * stage that ships. A cache or tmpfs mount on yarn's cache keeps it out of the image.
 */
@RuleSpec(
    code = "DL3060",
    name = "YarnCacheNotCleaned",
    severity = Severity.INFO,
    origin = Origin.HADOLINT,
    summary = "`yarn cache clean` missing after `yarn install` was run.",
    rationale = "yarn keeps a copy of every package it downloads in its cache (often hundreds of"
        + " megabytes) next to node_modules; unless the same RUN runs `yarn cache clean` after"
        + " the install, the copy ships in the layer. A cache or tmpfs mount on the yarn cache"
        + " (`--mount=type=cache,target=/usr/local/share/.cache/yarn`) keeps it out and speeds"
        + " up rebuilds. Stages that do not ship (builders only copied from) are not reported;"
        + " ONBUILD triggers always are.",
    bad = "FROM node:22-slim\nCOPY package.json yarn.lock ./\nRUN yarn install --frozen-lockfile\n",
    good = "FROM node:22-slim\nCOPY package.json yarn.lock ./\n"
        + "RUN yarn install --frozen-lockfile && yarn cache clean\n",
    fix = "Appends `&& yarn cache clean` right after the install, when the install is the last"
        + " command of the RUN. Safe: it only runs after a successful install and removes"
        + " nothing but downloaded archives.",
    fixSafety = FixSafety.SAFE)
public final class YarnCacheNotCleaned implements Rule {

  @Override
  public void check(RuleContext context) {
    DockerfileModel model = context.model();
    for (RunUnit run : RunUnit.all(model)) {
      List<RunStep.Command> yarn = run.commands("yarn");
      int lastInstall = -1;
      int lastClean = -1;
      for (int i = 0; i < yarn.size(); i++) {
        List<Word> args = yarn.get(i).invocation().args();
        if (args.stream().anyMatch(w -> w.is("install"))) {
          lastInstall = i;
        } else if (isCacheClean(args)) {
          lastClean = i;
        }
      }
      if (lastInstall < 0 || lastClean > lastInstall || cacheMounted(run.step())) {
        continue;
      }
      boolean ships = run.onbuild()
          || run.stage().map(model::ships).orElse(model.stages().isEmpty());
      if (!ships) {
        continue;
      }
      RunStep.Command install = yarn.get(lastInstall);
      String message = "yarn's cache stays in the image: run `yarn cache clean` after `yarn"
          + " install` in the same RUN (or use a cache mount).";
      if (isLastCommand(run.step(), install)) {
        int end = install.range().endOffset();
        context.report(install.range(), message,
            Fix.safe("Add yarn cache clean", TextEdit.insert(end, " && yarn cache clean")));
      } else {
        context.report(install.range(), message);
      }
    }
  }

  private static boolean isCacheClean(List<Word> args) {
    for (int i = 0; i + 1 < args.size(); i++) {
      if (args.get(i).is("cache") && args.get(i + 1).is("clean")) {
        return true;
      }
    }
    return false;
  }

  /** A cache or tmpfs mount on yarn's cache (v1: {@code .cache/yarn}, Berry: {@code .yarn/berry}). */
  private static boolean cacheMounted(RunStep step) {
    for (Mount m : step.mounts()) {
      String target = m.target().orElse("");
      if ((m.isCache() || m.type().equals("tmpfs"))
          && (target.contains(".cache/yarn") || target.contains(".yarn/berry"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The install is the top-level, unpiped, last command of the RUN's only script, so that
   * {@code && yarn cache clean} after it runs exactly when the install succeeded.
   */
  private static boolean isLastCommand(RunStep step, RunStep.Command install) {
    List<RunStep.Command> all = step.commands();
    return step.scripts().size() == 1 && step.instruction().heredocs().isEmpty()
        && all.get(all.size() - 1).equals(install)
        && install.invocation().enclosing().isEmpty() && !install.invocation().isPiped()
        && !install.invocation().background();
  }
}
