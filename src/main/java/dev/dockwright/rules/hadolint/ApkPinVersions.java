package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import java.util.List;
import java.util.Set;

/** DL3018: {@code apk add} of packages without a pinned version. */
@RuleSpec(
    code = "DL3018",
    name = "ApkPinVersions",
    severity = Severity.WARNING,
    origin = Origin.HADOLINT,
    summary = "Pin versions in apk add: `apk add <package>=<version>`.",
    rationale = "Without a version apk installs whatever the repository has on the day of the"
        + " build, so rebuilds differ and an upstream update can break the image. Pinned means"
        + " a constraint (`=`, `~`, `>`, `<`) or a local `.apk` file; the values of `-t`/"
        + "`--virtual`, `--repository` and `-X` are not packages.",
    bad = "FROM alpine:3.20\nRUN apk add --no-cache curl\n",
    good = "FROM alpine:3.20\nRUN apk add --no-cache curl=8.11.1-r0\n")
public final class ApkPinVersions implements Rule {

  private static final Set<String> VALUE_OPTIONS = Set.of("t", "virtual", "repository", "X");

  @Override
  public void check(RuleContext context) {
    for (RunUnit run : RunUnit.all(context.model())) {
      for (PackageCommands.Found f : PackageCommands.find(run, "apk", "add")) {
        List<String> unpinned = f.args().withoutValuesOf(VALUE_OPTIONS).operands().stream()
            .map(HadolintArgs.Operand::text)
            .filter(p -> !p.equals("add") && !pinned(p))
            .toList();
        if (!unpinned.isEmpty()) {
          context.report(f.command().range(), "Pin the version of "
              + PackageCommands.list(unpinned) + " (`apk add <package>=<version>`).");
        }
      }
    }
  }

  private static boolean pinned(String p) {
    return p.contains("=") || p.contains("~") || p.contains(">") || p.contains("<")
        || p.endsWith(".apk");
  }
}
