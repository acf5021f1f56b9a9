package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.Fix;
import dev.dockwright.lint.FixSafety;
import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.shell.ast.Word;
import dev.dockwright.shell.commands.AptCommand;

/** DL3014: {@code apt-get install} without {@code -y}. */
@RuleSpec(
    code = "DL3014",
    name = "AptGetAssumeYes",
    severity = Severity.WARNING,
    origin = Origin.HADOLINT,
    summary = "Use `-y` with apt-get install to avoid the confirmation prompt.",
    rationale = "A build has no one to answer apt-get's \"Do you want to continue?\": without"
        + " `-y` the install aborts as soon as it needs more than the named packages, so the"
        + " build breaks when dependencies change. `-y`, `--yes`, `--assume-yes`,"
        + " `-o APT::Get::Assume-Yes=true` and quiet level 2 (`-qq`, `-q -q`, `-q=2`), which"
        + " implies it, are accepted.",
    bad = "FROM debian:12\nRUN apt-get update && apt-get install --no-install-recommends"
        + " curl=7.88.1-10+deb12u8\n",
    good = "FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends"
        + " curl=7.88.1-10+deb12u8\n",
    fix = "Adds `-y` before `install` (`apt-get -y install ...`).",
    fixSafety = FixSafety.SAFE)
public final class AptGetAssumeYes implements Rule {

  @Override
  public void check(RuleContext context) {
    for (RunUnit run : RunUnit.all(context.model())) {
      for (var f : PackageCommands.find(run, AptCommand::match)) {
        AptCommand apt = f.recognised();
        if (apt.tool().equals("apt-get") && apt.isInstall() && !apt.nonInteractive()) {
          Word install = apt.actionWord().orElseThrow();
          context.report(f.command().range(), context.rule().summary(),
              Fix.safe("Add -y", PackageCommands.insertBefore(f.command(), install, "-y")));
        }
      }
    }
  }
}
