package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.model.RunStep;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** DL3013: {@code pip install} of packages without a pinned version. */
@RuleSpec(
    code = "DL3013",
    name = "PipPinVersions",
    severity = Severity.WARNING,
    origin = Origin.HADOLINT,
    summary = "Pin versions in pip: `pip install <package>==<version>` or"
        + " `pip install --requirement <file>`.",
    rationale = "An unpinned `pip install` takes the newest release on the day of the build, so"
        + " two builds of the same Dockerfile can install different code and a new release can"
        + " break the image. Pinned means a version specifier (`==`, `~=`, `>=`, `<`, ...), a"
        + " VCS URL with `@ref`, a local wheel or sdist, or a path; installs from a requirements"
        + " file, the current project (`.`) or under a constraints file (`-c`) are not reported."
        + " Covers pip, pip3, `python -m pip` and pipx; option values (`--index-url URL`,"
        + " `--target DIR`, ...) are not packages.",
    bad = "FROM python:3.12-slim\nRUN pip install --no-cache-dir gunicorn\n",
    good = "FROM python:3.12-slim\nRUN pip install --no-cache-dir gunicorn==23.0.0\n")
public final class PipPinVersions implements Rule {

  /** pip options whose value is the next word. */
  private static final Set<String> VALUE_OPTIONS = Set.of("abi", "b", "build", "e", "editable",
      "extra-index-url", "f", "find-links", "i", "index-url", "implementation", "no-binary",
      "only-binary", "platform", "prefix", "progress-bar", "proxy", "python", "python-version",
      "root", "root-user-action", "src", "t", "target", "trusted-host", "upgrade-strategy");

  private static final List<String> VERSION_OPERATORS =
      List.of("==", ">=", "<=", ">", "<", "!=", "~=", "===");

  private static final List<String> VCS = List.of("git+file", "git+https", "git+ssh", "git+http",
      "git+git", "git", "hg+file", "hg+http", "hg+https", "hg+ssh", "hg+static-http", "svn",
      "svn+svn", "svn+http", "svn+https", "svn+ssh", "bzr+http", "bzr+https", "bzr+ssh",
      "bzr+sftp", "bzr+ftp", "bzr+lp");

  @Override
  public void check(RuleContext context) {
    for (RunUnit run : RunUnit.all(context.model())) {
      for (RunStep.Command c : run.step().commands()) {
        if (!c.invocation().is("pip") && !"pipx".equals(c.invocation().name())) {
          continue;
        }
        HadolintArgs args = HadolintArgs.of(c.invocation());
        if (!args.has("install") || args.hasFlag("constraint") || args.hasFlag("c")
            || args.has("--requirement") || args.has("-r") || args.has(".")) {
          continue;
        }
        List<String> unpinned = new ArrayList<>();
        for (HadolintArgs.Operand op : args.withoutValuesOf(VALUE_OPTIONS).operandsAfter("install")) {
          if (!pinned(op.text())) {
            unpinned.add(op.text());
          }
        }
        if (!unpinned.isEmpty()) {
          context.report(c.range(), "Pin the version of " + PackageCommands.list(unpinned)
              + " (`pip install <package>==<version>`, or install from a requirements file).");
        }
      }
    }
  }

  static boolean pinned(String p) {
    boolean vcs = VCS.stream().anyMatch(p::startsWith);
    return VERSION_OPERATORS.stream().anyMatch(p::contains)
        || vcs && p.contains("@")
        || p.endsWith(".whl") || p.endsWith(".tar.gz")
        || !vcs && p.contains("/");
  }
}
