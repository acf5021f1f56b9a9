package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.shell.commands.AptCommand;
import java.util.List;

/** DL3008: {@code apt-get install} of packages without a pinned version. */
@RuleSpec(
    code = "DL3008",
    name = "AptGetPinVersions",
    severity = Severity.WARNING,
    origin = Origin.HADOLINT,
    summary = "Pin versions in apt-get install: `apt-get install <package>=<version>`.",
    rationale = "Without a version, apt-get installs whatever the mirror has on the day of the"
        + " build: two builds of the same Dockerfile can differ, and an upstream update can break"
        + " the image without any change in the repository. A package counts as pinned when it"
        + " names a version (`curl=7.88.1-10`), a release (`curl/bookworm`) or a local `.deb`"
        + " file. The value of `-t`/`--target-release` is not a package.",
    bad = "FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl"
        + " && rm -rf /var/lib/apt/lists/*\n",
    good = "FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends"
        + " curl=7.88.1-10+deb12u8 && rm -rf /var/lib/apt/lists/*\n")
public final class AptGetPinVersions implements Rule {

  @Override
  public void check(RuleContext context) {
    for (RunUnit run : RunUnit.all(context.model())) {
      for (var f : PackageCommands.find(run, AptCommand::match)) {
        AptCommand apt = f.recognised();
        if (!apt.tool().equals("apt-get") || !apt.isInstall()) {
          continue;
        }
        List<String> unpinned = PackageCommands.unpinned(apt.packages());
        if (!unpinned.isEmpty()) {
          context.report(f.command().range(), "Pin the version of "
              + PackageCommands.list(unpinned) + " (`apt-get install <package>=<version>`).");
        }
      }
    }
  }
}
