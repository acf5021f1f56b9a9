package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.FixSafety;
import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;

/** DL3038: a dnf or microdnf command that changes packages without {@code -y}. */
@RuleSpec(
    code = "DL3038",
    name = "DnfAssumeYes",
    severity = Severity.WARNING,
    origin = Origin.HADOLINT,
    summary = "Use the -y switch to avoid manual input `dnf install -y <package>`.",
    rationale = "A build has no terminal: when dnf asks `Is this ok [y/N]`, nobody answers and the"
        + " RUN fails. `-y` (`--assumeyes`) answers yes. This holds for dnf, microdnf, dnf5 and"
        + " tdnf, and for every action that changes packages (install, upgrade, remove, ...;"
        + " hadolint checks the install actions of dnf and microdnf only).",
    bad = "FROM fedora:41\nRUN dnf install httpd-2.4.62 && dnf clean all\n",
    good = "FROM fedora:41\nRUN dnf install -y httpd-2.4.62 && dnf clean all\n",
    fix = "Adds `-y` after the action.",
    fixSafety = FixSafety.SAFE)
public final class DnfAssumeYes implements Rule {

  @Override
  public void check(RuleContext context) {
    YumAssumeYes.check(context, DnfCleanAll.TOOLS.toArray(String[]::new));
  }
}
