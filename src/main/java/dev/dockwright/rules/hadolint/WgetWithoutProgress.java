package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.Fix;
import dev.dockwright.lint.FixSafety;
import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.shell.commands.WgetCommand;

/** DL3047: {@code wget} printing its default progress bar into the build log. */
@RuleSpec(
    code = "DL3047",
    name = "WgetWithoutProgress",
    severity = Severity.INFO,
    origin = Origin.HADOLINT,
    summary = "Avoid use of wget without progress bar. Use `wget --progress=dot:giga <url>`."
        + " Or consider using `-q` or `-nv` (shorthands for `--quiet` or `--no-verbose`).",
    rationale = "Without a terminal, wget's progress bar turns into one line of dots per few"
        + " kilobytes: downloading a large file fills the build log with thousands of lines"
        + " (and BuildKit truncates long logs, hiding the errors that matter)."
        + " `--progress=dot:giga` prints one line per 32 MB; `-nv` and `-q` print less or"
        + " nothing; `-o`/`-a` send the log to a file.",
    bad = "FROM debian:12\nRUN wget https://example.com/big.tar.gz\n",
    good = "FROM debian:12\nRUN wget --progress=dot:giga https://example.com/big.tar.gz\n",
    fix = "Adds `--progress=dot:giga` after `wget`. Unsafe: BusyBox wget (Alpine and BusyBox"
        + " images) rejects that option; use `-q` there.",
    fixSafety = FixSafety.UNSAFE)
public final class WgetWithoutProgress implements Rule {

  @Override
  public void check(RuleContext context) {
    for (RunUnit run : RunUnit.all(context.model())) {
      for (var f : PackageCommands.find(run, WgetCommand::match)) {
        WgetCommand wget = f.recognised();
        if (wget.progress().isPresent() || wget.quiet() || wget.noVerbose() || wget.logToFile()) {
          continue;
        }
        var name = wget.invocation().resolved().nameWord();
        context.report(f.command().range(), context.rule().summary(), Fix.unsafe(
            "Add --progress=dot:giga",
            PackageCommands.insertAfter(f.command(), name, "--progress=dot:giga")));
      }
    }
  }
}
