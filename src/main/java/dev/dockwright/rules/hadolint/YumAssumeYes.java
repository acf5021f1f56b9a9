package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.Fix;
import dev.dockwright.lint.FixSafety;
import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.shell.commands.YumCommand;

/** DL3030: a yum command that changes packages without {@code -y}. */
@RuleSpec(
    code = "DL3030",
    name = "YumAssumeYes",
    severity = Severity.WARNING,
    origin = Origin.HADOLINT,
    summary = "Use the -y switch to avoid manual input `yum install -y <package>`.",
    rationale = "A build has no terminal: when yum asks `Is this ok [y/N]`, nobody answers, yum"
        + " reads end of input as no and the RUN fails (`Exiting on user command`). `-y`"
        + " (`--assumeyes`) answers yes. This holds for every action that changes packages:"
        + " install, groupinstall, localinstall, update, remove, ... (hadolint checks the install"
        + " actions only).",
    bad = "FROM centos:7\nRUN yum install httpd-2.4.6 && yum clean all\n",
    good = "FROM centos:7\nRUN yum install -y httpd-2.4.6 && yum clean all\n",
    fix = "Adds `-y` after the action.",
    fixSafety = FixSafety.SAFE)
public final class YumAssumeYes implements Rule {

  @Override
  public void check(RuleContext context) {
    check(context, "yum");
  }

  /** Reports every command of {@code tools} that would prompt. Shared with DL3038. */
  static void check(RuleContext context, String... tools) {
    for (RunUnit run : RunUnit.all(context.model())) {
      for (var f : PackageCommands.find(run, YumCommand::match)) {
        YumCommand y = f.recognised();
        if (java.util.List.of(tools).contains(y.tool()) && RpmActions.prompts(y)
            && !RpmActions.assumesYes(y)) {
          context.report(f.command().range(), "`" + y.tool() + " " + y.action()
              + "` asks for confirmation, and a build cannot answer: add `-y`.",
              Fix.safe("Add -y", PackageCommands.insertAfter(f.command(),
                  y.args().operands().get(0), "-y")));
        }
      }
    }
  }
}
