package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.Fix;
import dev.dockwright.lint.FixSafety;
import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.lint.TextEdit;
import dev.dockwright.shell.ast.Word;
import dev.dockwright.shell.commands.ZypperCommand;
import java.util.Set;

/** DL3034: a zypper command that asks for confirmation, without a non-interactive switch. */
@RuleSpec(
    code = "DL3034",
    name = "ZypperNonInteractive",
    severity = Severity.WARNING,
    origin = Origin.HADOLINT,
    summary = "Non-interactive switch missing from `zypper` command: `zypper install -y`.",
    rationale = "A build has no terminal: when zypper asks `Continue? [y/n/v/...? shows all"
        + " options] (y)`, nobody answers and the RUN hangs or fails. `-n`"
        + " (`--non-interactive`, before the command) or `-y` (`--no-confirm`, after it) answer"
        + " for you. Applies to install, remove, source-install and patch.",
    bad = "FROM opensuse/leap:15.6\nRUN zypper install httpd=2.4.58 && zypper clean\n",
    good = "FROM opensuse/leap:15.6\nRUN zypper --non-interactive install httpd=2.4.58"
        + " && zypper clean\n",
    fix = "Adds the global option `--non-interactive` after `zypper`.",
    fixSafety = FixSafety.SAFE)
public final class ZypperNonInteractive implements Rule {

  private static final Set<String> PROMPTING =
      Set.of("install", "in", "remove", "rm", "source-install", "si", "patch");

  @Override
  public void check(RuleContext context) {
    for (RunUnit run : RunUnit.all(context.model())) {
      for (var f : PackageCommands.find(run, ZypperCommand::match)) {
        ZypperCommand z = f.recognised();
        if (PROMPTING.contains(z.action()) && !z.nonInteractive()) {
          Word zypper = z.invocation().resolved().nameWord();
          context.report(f.command().range(), "`zypper " + z.action()
              + "` asks for confirmation, and a build cannot answer: add `--non-interactive`.",
              Fix.safe("Add --non-interactive", TextEdit.insert(
                  f.command().source().range(zypper.span()).endOffset(), " --non-interactive")));
        }
      }
    }
  }
}
