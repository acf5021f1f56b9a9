package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.model.DockerfileModel;
import dev.dockwright.shell.Invocation;
import dev.dockwright.shell.commands.ZypperCommand;
import java.util.Set;

/** DL3036: zypper installs without {@code zypper clean} after it in the same RUN. */
@RuleSpec(
    code = "DL3036",
    name = "ZypperClean",
    severity = Severity.WARNING,
    origin = Origin.HADOLINT,
    summary = "`zypper clean` missing after zypper use.",
    rationale = "zypper keeps downloaded packages and repository metadata in /var/cache/zypp."
        + " Unless the RUN that installs ends with `zypper clean` (`cc`) or removes the cache,"
        + " it is part of that layer and ships with the image. A cache or tmpfs mount on"
        + " /var/cache/zypp keeps it out and counts as clean. Builder stages that are only"
        + " copied from are not reported.",
    bad = "FROM opensuse/leap:15.6\nRUN zypper --non-interactive install httpd=2.4.58\n",
    good = "FROM opensuse/leap:15.6\nRUN zypper --non-interactive install httpd=2.4.58"
        + " && zypper clean\n")
public final class ZypperClean implements Rule {

  private static final String CACHE = "/var/cache/zypp";
  private static final Set<String> FILLS = Set.of("install", "in", "update", "up",
      "dist-upgrade", "dup", "patch", "source-install", "si", "refresh", "ref");

  @Override
  public void check(RuleContext context) {
    DockerfileModel model = context.model();
    for (RunUnit run : RunUnit.all(model)) {
      if (!CacheCleanup.ships(model, run) || CacheCleanup.mounted(run.step(), CACHE)) {
        continue;
      }
      CacheCleanup.leftBehind(run.step().commands(), ZypperClean::fills, ZypperClean::cleans)
          .ifPresent(c -> context.report(c.range(), "`zypper clean` missing after `zypper "
              + ZypperCommand.match(c.invocation()).get().action() + "`: the package cache"
              + " stays in the image (end the RUN with `zypper clean`, or mount a cache on "
              + CACHE + ")."));
    }
  }

  private static boolean fills(Invocation inv) {
    return ZypperCommand.match(inv).filter(z -> FILLS.contains(z.action())).isPresent();
  }

  private static boolean cleans(Invocation inv) {
    return ZypperCommand.match(inv).filter(ZypperCommand::isClean).isPresent()
        || CacheCleanup.removesAny(inv, CACHE);
  }
}
