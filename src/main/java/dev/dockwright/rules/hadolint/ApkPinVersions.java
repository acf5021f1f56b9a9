package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.shell.commands.ApkCommand;
import java.util.List;

/** DL3018: {@code apk add} of packages without a pinned version. */
@RuleSpec(
    code = "DL3018",
    name = "ApkPinVersions",
    severity = Severity.WARNING,
    origin = Origin.HADOLINT,
    summary = "Pin versions in apk add: `apk add <package>=<version>`.",
    rationale = "Without a version apk installs whatever the repository has on the day of the"
        + " build, so rebuilds differ and an upstream update can break the image. Pinned means"
        + " a constraint (`=`, `~`, `>`, `<`) or a local `.apk` file; the values of `-t`/"
        + "`--virtual`, `--repository` and `-X` are not packages.",
    bad = "FROM alpine:3.20\nRUN apk add --no-cache curl\n",
    good = "FROM alpine:3.20\nRUN apk add --no-cache curl=8.11.1-r0\n")
public final class ApkPinVersions implements Rule {

  @Override
  public void check(RuleContext context) {
    for (RunUnit run : RunUnit.all(context.model())) {
      for (var f : PackageCommands.find(run, ApkCommand::match)) {
        if (!f.recognised().isAdd()) {
          continue;
        }
        List<String> unpinned = PackageCommands.unpinned(f.recognised().packages());
        if (!unpinned.isEmpty()) {
          context.report(f.command().range(), "Pin the version of "
              + PackageCommands.list(unpinned) + " (`apk add <package>=<version>`).");
        }
      }
    }
  }
}
