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

/** DL3015: {@code apt-get install} without {@code --no-install-recommends}. */
@RuleSpec(
    code = "DL3015",
    name = "AptGetNoInstallRecommends",
    severity = Severity.INFO,
    origin = Origin.HADOLINT,
    summary = "Avoid additional packages by specifying `--no-install-recommends`.",
    rationale = "By default apt-get also installs every package the named ones recommend, which"
        + " often doubles the image (documentation, GUI helpers, compilers) and widens its attack"
        + " surface for nothing the image needs. `-o APT::Install-Recommends=false` is accepted"
        + " too.",
    bad = "FROM debian:12\nRUN apt-get update && apt-get install -y curl=7.88.1-10+deb12u8\n",
    good = "FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends"
        + " curl=7.88.1-10+deb12u8\n",
    fix = "Adds `--no-install-recommends` after `install`. Unsafe: a recommended package the"
        + " image needs is then missing (curl recommends ca-certificates, without which HTTPS"
        + " fails); add such packages explicitly.",
    fixSafety = FixSafety.UNSAFE)
public final class AptGetNoInstallRecommends implements Rule {

  @Override
  public void check(RuleContext context) {
    for (RunUnit run : RunUnit.all(context.model())) {
      for (var f : PackageCommands.find(run, AptCommand::match)) {
        AptCommand apt = f.recognised();
        if (apt.tool().equals("apt-get") && apt.isInstall() && !apt.noInstallRecommends()) {
          Word install = apt.actionWord().orElseThrow();
          context.report(f.command().range(), context.rule().summary(),
              Fix.unsafe("Add --no-install-recommends",
                  PackageCommands.insertAfter(f.command(), install, "--no-install-recommends")));
        }
      }
    }
  }
}
