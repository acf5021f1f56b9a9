package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.model.DockerfileModel;
import dev.dockwright.model.RunStep;
import dev.dockwright.shell.Invocation;
import dev.dockwright.shell.commands.YumCommand;
import java.util.List;

/**
 * DL3040: {@code dnf}/{@code microdnf} install without {@code <tool> clean all} after it in the
 * same RUN. Each tool needs its own cleanup: {@code microdnf clean all} does not clean what
 * {@code dnf install} cached (hadolint agrees).
 */
@RuleSpec(
    code = "DL3040",
    name = "DnfCleanAll",
    severity = Severity.WARNING,
    origin = Origin.HADOLINT,
    summary = "`dnf clean all` missing after dnf command.",
    rationale = "dnf and microdnf keep downloaded packages and repository metadata in /var/cache"
        + " (dnf, yum, libdnf5). Unless the RUN that installs ends with `dnf clean all` (or"
        + " `microdnf clean all`, or removes the cache directory), the cache is part of that layer"
        + " and ships with the image. A cache or tmpfs mount on the cache directory keeps it out"
        + " and counts as clean. Builder stages that are only copied from are not reported.",
    bad = "FROM fedora:41\nRUN dnf install -y httpd-2.4.62\n",
    good = "FROM fedora:41\nRUN dnf install -y httpd-2.4.62 && dnf clean all\n")
public final class DnfCleanAll implements Rule {

  static final List<String> TOOLS = List.of("dnf", "microdnf", "dnf5", "tdnf");
  private static final String[] CACHES =
      {"/var/cache/dnf", "/var/cache/yum", "/var/cache/libdnf5", "/var/cache/tdnf"};

  @Override
  public void check(RuleContext context) {
    DockerfileModel model = context.model();
    for (RunUnit run : RunUnit.all(model)) {
      if (!CacheCleanup.ships(model, run) || mounted(run.step())) {
        continue;
      }
      for (String tool : TOOLS) {
        CacheCleanup.leftBehind(run.step().commands(), inv -> fills(inv, tool),
                inv -> cleans(inv, tool))
            .ifPresent(c -> context.report(c.range(), "`" + tool + " clean all` missing after `"
                + tool + " " + YumCommand.match(c.invocation()).get().action() + "`: the package"
                + " cache stays in the image (end the RUN with `" + tool + " clean all`, or mount"
                + " a cache on its cache directory)."));
      }
    }
  }

  private static boolean mounted(RunStep step) {
    return CacheCleanup.mounted(step, CACHES) || step.mounts().stream()
        .filter(m -> m.isCache() || m.type().equals("tmpfs"))
        .flatMap(m -> m.target().stream()).anyMatch(t -> t.contains(".cache/libdnf5"));
  }

  private static boolean fills(Invocation inv, String tool) {
    return YumCommand.match(inv).filter(y -> y.tool().equals(tool))
        .map(RpmActions::fillsCache).orElse(false);
  }

  private static boolean cleans(Invocation inv, String tool) {
    return YumCommand.match(inv).filter(y -> y.tool().equals(tool) && y.isClean("all")).isPresent()
        || CacheCleanup.removesAny(inv, CACHES);
  }
}
