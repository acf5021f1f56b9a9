package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.shell.commands.PackageSpec;
import dev.dockwright.shell.commands.ZypperCommand;
import java.util.List;
import java.util.Locale;

/** DL3037: {@code zypper install} of packages without a version. */
@RuleSpec(
    code = "DL3037",
    name = "ZypperPinVersions",
    severity = Severity.WARNING,
    origin = Origin.HADOLINT,
    summary = "Specify version with `zypper install -y <package>=<version>`.",
    rationale = "Without a version the build installs whatever the repository holds that day: two"
        + " builds of the same Dockerfile differ, and an update can break the image without any"
        + " change in the repository. Pin with `name=version` (or a range such as"
        + " `name>=1.2`, escaped from the shell); package files (`.rpm`) fix their version, and"
        + " patterns, patches and products (`-t pattern`) have none.",
    bad = "FROM opensuse/leap:15.6\nRUN zypper --non-interactive install httpd && zypper clean\n",
    good = "FROM opensuse/leap:15.6\nRUN zypper --non-interactive install httpd=2.4.58"
        + " && zypper clean\n")
public final class ZypperPinVersions implements Rule {

  @Override
  public void check(RuleContext context) {
    for (RunUnit run : RunUnit.all(context.model())) {
      for (var f : PackageCommands.find(run, ZypperCommand::match)) {
        ZypperCommand z = f.recognised();
        // Patterns, patches and products (-t pattern) have no version to pin.
        if (!z.isInstall() || !z.args().value("type").orElse("package").equals("package")) {
          continue;
        }
        List<String> unpinned = z.packages().stream()
            .filter(p -> !p.pinned() && !p.text().toLowerCase(Locale.ROOT).endsWith(".rpm"))
            .map(PackageSpec::text).toList();
        if (!unpinned.isEmpty()) {
          context.report(f.command().range(), "Pin the version of "
              + PackageCommands.list(unpinned) + " (`name=version`).");
        }
      }
    }
  }
}
