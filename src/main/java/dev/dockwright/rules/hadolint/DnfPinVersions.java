package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import java.util.Set;

/** DL3041: {@code dnf install} (or microdnf, dnf5, tdnf) of packages without a version. */
@RuleSpec(
    code = "DL3041",
    name = "DnfPinVersions",
    severity = Severity.WARNING,
    origin = Origin.HADOLINT,
    summary = "Specify version with `dnf install -y <package>-<version>`.",
    rationale = "Without a version the build installs whatever the repository holds that day: two"
        + " builds of the same Dockerfile differ, and an update can break the image without any"
        + " change in the repository. Pin packages as `name-version` (`httpd-2.4.62`,"
        + " `openssl-1:3.2.2`) and modules as `name:stream`; groups (`dnf group install`,"
        + " `@group`) have no version. A version from a variable counts when the variable is"
        + " defined in the stage.",
    bad = "FROM fedora:41\nRUN dnf install -y httpd && dnf clean all\n",
    good = "FROM fedora:41\nRUN dnf install -y httpd-2.4.62 && dnf clean all\n")
public final class DnfPinVersions implements Rule {

  @Override
  public void check(RuleContext context) {
    RpmPins.check(context, Set.copyOf(DnfCleanAll.TOOLS));
  }
}
