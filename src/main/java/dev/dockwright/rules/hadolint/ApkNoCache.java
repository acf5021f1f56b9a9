package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.Fix;
import dev.dockwright.lint.FixSafety;
import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.shell.ast.Word;
import dev.dockwright.shell.commands.ApkCommand;

/** DL3019: {@code apk add} without {@code --no-cache}. */
@RuleSpec(
    code = "DL3019",
    name = "ApkNoCache",
    severity = Severity.INFO,
    origin = Origin.HADOLINT,
    summary = "Use `apk add --no-cache` instead of `--update` and removing /var/cache/apk/*.",
    rationale = "Without `--no-cache`, apk keeps the package index in /var/cache/apk, which"
        + " ships with the image unless removed in the same RUN. `--no-cache` fetches a fresh"
        + " index without storing it, replacing both `apk update`/`--update` and the cleanup."
        + " A cache or tmpfs mount on /var/cache/apk keeps the cache out of the image too.",
    bad = "FROM alpine:3.20\nRUN apk add --update curl=8.11.1-r0\n",
    good = "FROM alpine:3.20\nRUN apk add --no-cache curl=8.11.1-r0\n",
    fix = "Adds `--no-cache` after `add`.",
    fixSafety = FixSafety.SAFE)
public final class ApkNoCache implements Rule {

  @Override
  public void check(RuleContext context) {
    for (RunUnit run : RunUnit.all(context.model())) {
      if (run.step().cacheMounted("/var/cache/apk")) {
        continue;
      }
      for (var f : PackageCommands.find(run, ApkCommand::match)) {
        ApkCommand apk = f.recognised();
        if (apk.isAdd() && !apk.noCache()) {
          Word add = apk.args().operands().get(0);
          context.report(f.command().range(), context.rule().summary(),
              Fix.safe("Add --no-cache", PackageCommands.insertAfter(f.command(), add, "--no-cache")));
        }
      }
    }
  }
}
