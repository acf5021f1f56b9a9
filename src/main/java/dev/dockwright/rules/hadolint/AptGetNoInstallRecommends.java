package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.Fix;
import dev.dockwright.lint.FixSafety;
import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import java.util.Set;

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

  private static final Set<String> OFF =
      Set.of("APT::Install-Recommends=false", "APT::Install-Recommends=0");

  @Override
  public void check(RuleContext context) {
    for (RunUnit run : RunUnit.all(context.model())) {
      for (PackageCommands.Found f : PackageCommands.find(run, "apt-get", "install")) {
        if (f.args().hasFlag("no-install-recommends") || f.args().hasAny(OFF)) {
          continue;
        }
        var edit = PackageCommands.insertAfter(f.command(), "install", "--no-install-recommends");
        if (edit.isPresent()) {
          context.report(f.command().range(), context.rule().summary(),
              Fix.unsafe("Add --no-install-recommends", edit.get()));
        } else {
          context.report(f.command().range());
        }
      }
    }
  }
}
