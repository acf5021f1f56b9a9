package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.shell.commands.ZypperCommand;

/** DL3035: {@code zypper dist-upgrade} in a build. */
@RuleSpec(
    code = "DL3035",
    name = "NoZypperDistUpgrade",
    severity = Severity.WARNING,
    origin = Origin.HADOLINT,
    summary = "Do not use `zypper dist-upgrade`.",
    rationale = "`zypper dist-upgrade` (`dup`) moves the whole system to whatever the repositories"
        + " hold today, possibly a new distribution release: the same Dockerfile builds a"
        + " different operating system tomorrow, and it may pull in changes the base image's"
        + " maintainers have not tested. Pick a newer base image instead, or update specific"
        + " packages with `zypper update` / `zypper patch`.",
    bad = "FROM opensuse/leap:15.6\nRUN zypper --non-interactive dist-upgrade\n",
    good = "FROM opensuse/leap:15.6\nRUN zypper --non-interactive patch && zypper clean\n")
public final class NoZypperDistUpgrade implements Rule {

  @Override
  public void check(RuleContext context) {
    for (RunUnit run : RunUnit.all(context.model())) {
      for (var f : PackageCommands.find(run, ZypperCommand::match)) {
        if (f.recognised().isDistUpgrade()) {
          context.report(f.command().range(), "Do not use `zypper " + f.recognised().action()
              + "`: it upgrades the whole distribution; use a newer base image instead.");
        }
      }
    }
  }
}
