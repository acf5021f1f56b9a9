package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.model.DockerfileModel;
import dev.dockwright.shell.Invocation;
import dev.dockwright.shell.commands.YumCommand;

/** DL3032: {@code yum install} without {@code yum clean all} after it in the same RUN. */
@RuleSpec(
    code = "DL3032",
    name = "YumCleanAll",
    severity = Severity.WARNING,
    origin = Origin.HADOLINT,
    summary = "`yum clean all` missing after yum command.",
    rationale = "yum keeps downloaded packages and repository metadata in /var/cache/yum. Unless"
        + " the RUN that installs ends with `yum clean all` (or removes /var/cache/yum), the cache"
        + " is part of that layer and ships with the image: often a hundred megabytes that nothing"
        + " uses. Cleaning in a later RUN does not shrink the earlier layer. A cache or tmpfs"
        + " mount on /var/cache/yum keeps the cache out of the image and counts as clean. Builder"
        + " stages that are only copied from never ship their cache and are not reported.",
    bad = "FROM centos:7\nRUN yum install -y httpd-2.4.6\n",
    good = "FROM centos:7\nRUN yum install -y httpd-2.4.6 && yum clean all\n")
public final class YumCleanAll implements Rule {

  private static final String[] CACHES = {"/var/cache/yum", "/var/cache/dnf"};

  @Override
  public void check(RuleContext context) {
    DockerfileModel model = context.model();
    for (RunUnit run : RunUnit.all(model)) {
      if (!CacheCleanup.ships(model, run) || CacheCleanup.mounted(run.step(), CACHES)) {
        continue;
      }
      CacheCleanup.leftBehind(run.step().commands(), YumCleanAll::fills, YumCleanAll::cleans)
          .ifPresent(c -> context.report(c.range(), "`yum clean all` missing after `"
              + c.invocation().name() + " " + YumCommand.match(c.invocation()).get().action()
              + "`: the package cache stays in the image (end the RUN with `yum clean all`, or"
              + " mount a cache on /var/cache/yum)."));
    }
  }

  private static boolean fills(Invocation inv) {
    return YumCommand.match(inv).filter(y -> y.tool().equals("yum"))
        .map(RpmActions::fillsCache).orElse(false);
  }

  private static boolean cleans(Invocation inv) {
    return YumCommand.match(inv).filter(y -> y.tool().equals("yum") && y.isClean("all")).isPresent()
        || CacheCleanup.removesAny(inv, CACHES);
  }
}
