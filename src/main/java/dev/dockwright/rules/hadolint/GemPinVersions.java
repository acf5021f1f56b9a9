package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.shell.commands.GemCommand;
import dev.dockwright.shell.commands.PackageSpec;
import java.util.List;

/** DL3028: {@code gem install} without a version. */
@RuleSpec(
    code = "DL3028",
    name = "GemPinVersions",
    severity = Severity.WARNING,
    origin = Origin.HADOLINT,
    summary = "Pin versions in gem install. Instead of `gem install <gem>` use `gem install"
        + " <gem>:<version>`.",
    rationale = "Without a version the build installs the newest release of the gem that day:"
        + " two builds of the same Dockerfile differ, and a new major version can break the"
        + " image. Pin each gem with `name:version`, or all of them with `-v`/`--version`. Words"
        + " after `--` are build options for the gem, not gems.",
    bad = "FROM ruby:3.3-slim\nRUN gem install bundler\n",
    good = "FROM ruby:3.3-slim\nRUN gem install bundler:2.5.22\n")
public final class GemPinVersions implements Rule {

  @Override
  public void check(RuleContext context) {
    for (RunUnit run : RunUnit.all(context.model())) {
      for (var f : PackageCommands.find(run, GemCommand::match)) {
        GemCommand gem = f.recognised();
        if (!gem.isInstall() || gem.version().isPresent()) {
          continue;
        }
        List<String> unpinned =
            gem.packages().stream().filter(p -> !p.pinned()).map(PackageSpec::text).toList();
        if (!unpinned.isEmpty()) {
          context.report(f.command().range(), "Pin the version of "
              + PackageCommands.list(unpinned) + " (`gem install name:version`).");
        }
      }
    }
  }
}
