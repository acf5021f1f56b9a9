package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.shell.commands.NpmCommand;
import java.util.List;

/** DL3016: {@code npm install} of packages without a pinned version. */
@RuleSpec(
    code = "DL3016",
    name = "NpmPinVersions",
    severity = Severity.WARNING,
    origin = Origin.HADOLINT,
    summary = "Pin versions in npm: `npm install <package>@<version>`.",
    rationale = "An unpinned `npm install <package>` takes the newest release on the day of the"
        + " build, so rebuilds install different code and can break. Pinned means a version,"
        + " tag or range after `@`, a git URL with `#commit`, a tarball or a local folder; a"
        + " plain `npm install` (versions from package.json and its lock file) is fine. `npm i`"
        + " and `npm add` are the same command and are checked too.",
    bad = "FROM node:22-slim\nRUN npm install -g pm2\n",
    good = "FROM node:22-slim\nRUN npm install -g pm2@5.4.3\n")
public final class NpmPinVersions implements Rule {

  @Override
  public void check(RuleContext context) {
    for (RunUnit run : RunUnit.all(context.model())) {
      for (var f : PackageCommands.find(run, NpmCommand::match)) {
        if (!f.recognised().isInstall()) {
          continue;
        }
        List<String> unpinned = PackageCommands.unpinned(f.recognised().packages());
        if (!unpinned.isEmpty()) {
          context.report(f.command().range(), "Pin the version of "
              + PackageCommands.list(unpinned) + " (`npm install <package>@<version>`).");
        }
      }
    }
  }
}
