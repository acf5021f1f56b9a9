package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.Fix;
import dev.dockwright.lint.FixSafety;
import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.shell.commands.UserAddCommand;

/**
 * DL3046: {@code useradd -u} with a UID of six digits or more and without {@code -l}, which
 * makes {@code /var/log/lastlog} and {@code faillog} huge sparse files that the layer stores at
 * full size.
 */
@RuleSpec(
    code = "DL3046",
    name = "UseraddHighUid",
    severity = Severity.WARNING,
    origin = Origin.HADOLINT,
    summary = "`useradd` without flag `-l` and high UID will result in excessively large Image.",
    rationale = "`useradd` records every user in /var/log/lastlog and faillog, files indexed by"
        + " UID: a UID of 100000 or more makes them sparse files of tens or hundreds of"
        + " megabytes. Image layers do not keep files sparse, so the image grows by that much."
        + " `-l` (`--no-log-init`) skips these databases, which a container never reads. Only"
        + " a literal UID of six digits or more is reported (a `$UID` is not known).",
    bad = "FROM debian:12\nRUN useradd -u 123456 app\n",
    good = "FROM debian:12\nRUN useradd -l -u 123456 app\n",
    fix = "Adds `-l` right after `useradd`. Safe: the option only skips the lastlog and faillog"
        + " entries, and every shadow-utils `useradd` has it.",
    fixSafety = FixSafety.SAFE)
public final class UseraddHighUid implements Rule {

  @Override
  public void check(RuleContext context) {
    for (RunUnit run : RunUnit.all(context.model())) {
      for (var f : PackageCommands.find(run, UserAddCommand::match)) {
        UserAddCommand user = f.recognised();
        boolean highUid = user.uid().filter(uid -> uid.matches("\\d{6,}")).isPresent();
        if (!user.tool().equals("useradd") || user.noLogInit() || !highUid) {
          continue;
        }
        var name = user.invocation().resolved().nameWord();
        context.report(f.command().range(), "`useradd -u " + user.uid().get() + "` without `-l`"
            + " writes huge sparse lastlog/faillog files into the image: add `-l`.",
            Fix.safe("Add -l", PackageCommands.insertAfter(f.command(), name, "-l")));
      }
    }
  }
}
