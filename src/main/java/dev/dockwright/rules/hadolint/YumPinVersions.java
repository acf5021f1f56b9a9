package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import java.util.Set;

/** DL3033: {@code yum install} of packages without a version. */
@RuleSpec(
    code = "DL3033",
    name = "YumPinVersions",
    severity = Severity.WARNING,
    origin = Origin.HADOLINT,
    summary = "Specify version with `yum install -y <package>-<version>`.",
    rationale = "Without a version the build installs whatever the repository holds that day: two"
        + " builds of the same Dockerfile differ, and an update can break the image without any"
        + " change in the repository. Pin packages as `name-version` (`httpd-2.4.6`,"
        + " `openssl-1:1.1.1k`) and modules as `name:stream`. A version from a variable counts"
        + " when the variable is defined in the stage (ARG or ENV; hadolint also accepts an ARG"
        + " of another stage, which Docker does not pass on).",
    bad = "FROM centos:7\nRUN yum install -y httpd && yum clean all\n",
    good = "FROM centos:7\nRUN yum install -y httpd-2.4.6 && yum clean all\n")
public final class YumPinVersions implements Rule {

  @Override
  public void check(RuleContext context) {
    RpmPins.check(context, Set.of("yum"));
  }
}
