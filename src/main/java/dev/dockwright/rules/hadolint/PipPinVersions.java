package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.shell.commands.PipCommand;
import java.util.List;

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
        + " Covers pip, pip3, `python -m pip`, `uv pip` and pipx; option values"
        + " (`--index-url URL`, `--target DIR`, ...) are not packages.",
    bad = "FROM python:3.12-slim\nRUN pip install --no-cache-dir gunicorn\n",
    good = "FROM python:3.12-slim\nRUN pip install --no-cache-dir gunicorn==23.0.0\n")
public final class PipPinVersions implements Rule {

  @Override
  public void check(RuleContext context) {
    for (RunUnit run : RunUnit.all(context.model())) {
      for (var f : PackageCommands.find(run, PipCommand::match)) {
        PipCommand pip = f.recognised();
        if (!pip.isInstall() || !pip.requirementFiles().isEmpty()
            || !pip.constraintFiles().isEmpty()
            || pip.requirements().stream().anyMatch(r -> r.word().is("."))) {
          continue;
        }
        List<String> unpinned = pip.requirements().stream().filter(r -> !r.versioned())
            .map(r -> r.word().unquoted()).toList();
        if (!unpinned.isEmpty()) {
          context.report(f.command().range(), "Pin the version of " + PackageCommands.list(unpinned)
              + " (`pip install <package>==<version>`, or install from a requirements file).");
        }
      }
    }
  }
}
