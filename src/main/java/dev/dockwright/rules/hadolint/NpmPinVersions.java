package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.model.RunStep;
import java.util.List;
import java.util.Set;

/** DL3016: {@code npm install} of packages without a pinned version. */
@RuleSpec(
    code = "DL3016",
    name = "NpmPinVersions",
    severity = Severity.WARNING,
    origin = Origin.HADOLINT,
    summary = "Pin versions in npm: `npm install <package>@<version>`.",
    rationale = "An unpinned `npm install <package>` takes the newest release on the day of the"
        + " build, so rebuilds install different code and can break. Pinned means a version,"
        + " tag or range after `@`, a git URL with `#commit`, a tarball or a local folder; a"
        + " plain `npm install` (versions from package.json and its lock file) is fine.",
    bad = "FROM node:22-slim\nRUN npm install -g pm2\n",
    good = "FROM node:22-slim\nRUN npm install -g pm2@5.4.3\n")
public final class NpmPinVersions implements Rule {

  private static final Set<String> VALUE_OPTIONS = Set.of("loglevel", "registry");
  private static final List<String> GIT = List.of("git://", "git+ssh://", "git+http://",
      "git+https://");
  private static final List<String> TARBALLS = List.of(".tar", ".tar.gz", ".tgz");
  private static final List<String> FOLDERS = List.of("/", "./", "../", "~/");

  @Override
  public void check(RuleContext context) {
    for (RunUnit run : RunUnit.all(context.model())) {
      for (RunStep.Command c : run.commands("npm")) {
        HadolintArgs args = HadolintArgs.of(c.invocation());
        List<HadolintArgs.Operand> operands = args.withoutValuesOf(VALUE_OPTIONS).operands();
        if (!args.has("install") || operands.isEmpty()
            || !operands.get(0).text().equals("install")) {
          continue;
        }
        List<String> unpinned = args.withoutValuesOf(VALUE_OPTIONS).operandsAfter("install")
            .stream().map(HadolintArgs.Operand::text).filter(p -> !pinned(p)).toList();
        if (!unpinned.isEmpty()) {
          context.report(c.range(), "Pin the version of " + PackageCommands.list(unpinned)
              + " (`npm install <package>@<version>`).");
        }
      }
    }
  }

  static boolean pinned(String p) {
    if (GIT.stream().anyMatch(p::startsWith)) {
      return p.contains("#");
    }
    if (TARBALLS.stream().anyMatch(p::endsWith) || FOLDERS.stream().anyMatch(p::startsWith)) {
      return true;
    }
    // A scope (@org/) is not a version: look for @ after it.
    String name = p;
    if (name.startsWith("@")) {
      int i = 0;
      while (i < name.length() && name.charAt(i) > '/') {
        i++;
      }
      name = name.substring(i);
    }
    return name.contains("@");
  }
}
