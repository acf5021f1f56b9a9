package dev.dockwright.rules.hadolint;

import dev.dockwright.model.DockerfileModel;
import dev.dockwright.model.RunStep;
import dev.dockwright.shell.Invocation;
import dev.dockwright.shell.commands.RmCommand;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What the "clean the package cache in the same RUN" rules (DL3032, DL3036, DL3040) share: which
 * RUNs count, and whether a cleanup follows the last command that fills the cache.
 */
final class CacheCleanup {

  private CacheCleanup() {}

  /**
   * Whether what a RUN leaves on disk ends up in the image: a RUN of the final stage or of a
   * stage it is built FROM, an ONBUILD trigger (it runs in the images built on this one), or a
   * RUN of a file without any FROM (a fragment, as in hadolint's tests). A builder stage that is
   * only copied from never ships its caches.
   */
  static boolean ships(DockerfileModel model, RunUnit run) {
    return run.onbuild() || run.stage().map(model::ships).orElse(model.stages().isEmpty());
  }

  /**
   * The last command that fills the cache, when no cleanup runs after it; empty when nothing
   * fills the cache or the last filling is cleaned up. hadolint compares the first install with
   * the first cleanup, so {@code clean; install; clean} passes here and fails there, while
   * {@code install; clean; install} fails here and passes there: what counts is what is left
   * when the RUN ends.
   */
  static Optional<RunStep.Command> leftBehind(List<RunStep.Command> commands,
      Predicate<Invocation> fills, Predicate<Invocation> cleans) {
    RunStep.Command last = null;
    for (RunStep.Command c : commands) {
      if (fills.test(c.invocation())) {
        last = c;
      } else if (last != null && cleans.test(c.invocation())) {
        last = null;
      }
    }
    return Optional.ofNullable(last);
  }

  /** An {@code rm} of one of {@code dirs}, their contents or something under them. */
  static boolean removesAny(Invocation inv, String... dirs) {
    Optional<RmCommand> rm = RmCommand.match(inv);
    if (rm.isEmpty()) {
      return false;
    }
    for (String dir : dirs) {
      if (rm.get().removesUnder(dir)
          || rm.get().args().operandTexts().stream().anyMatch(p -> p.startsWith(dir + "*"))) {
        return true;
      }
    }
    return false;
  }

  /** A cache or tmpfs mount keeps one of {@code dirs} out of the image. */
  static boolean mounted(RunStep step, String... dirs) {
    for (String dir : dirs) {
      if (step.cacheMounted(dir)) {
        return true;
      }
    }
    return false;
  }
}
