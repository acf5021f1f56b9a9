package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.Fix;
import dev.dockwright.lint.FixSafety;
import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.lint.TextEdit;
import dev.dockwright.model.RunStep;
import dev.dockwright.shell.ast.Word;
import dev.dockwright.shell.commands.AptCommand;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** DL3027: {@code apt} in a RUN; scripts should use {@code apt-get} or {@code apt-cache}. */
@RuleSpec(
    code = "DL3027",
    name = "NoApt",
    severity = Severity.WARNING,
    origin = Origin.HADOLINT,
    summary = "Do not use apt as it is meant to be an end-user tool, use apt-get or apt-cache"
        + " instead.",
    rationale = "`apt` is the interactive front end: its output and behaviour may change between"
        + " releases (it prints `WARNING: apt does not have a stable CLI interface` when piped),"
        + " and it has no promise to scripts. `apt-get` and `apt-cache` have a stable interface"
        + " made for scripts and do the same work.",
    bad = "FROM debian:12\nRUN apt update && apt install -y --no-install-recommends"
        + " curl=7.88.1-10+deb12u8\n",
    good = "FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends"
        + " curl=7.88.1-10+deb12u8\n",
    fix = "Replaces `apt` with `apt-get` for actions apt-get has with the same meaning (install,"
        + " remove, purge, update, autoremove, clean, dist-upgrade, and full-upgrade as"
        + " dist-upgrade), and with `apt-cache` for search, show, policy and depends. `apt"
        + " upgrade` (which also installs new dependencies, unlike `apt-get upgrade`) and `apt"
        + " list` are left to you.",
    fixSafety = FixSafety.SAFE)
public final class NoApt implements Rule {

  private static final Set<String> APT_GET = Set.of("install", "remove", "purge", "update",
      "autoremove", "autopurge", "clean", "autoclean", "dist-upgrade", "source", "build-dep",
      "download", "check", "satisfy", "reinstall");
  private static final Set<String> APT_CACHE =
      Set.of("search", "show", "showsrc", "policy", "depends", "rdepends");

  @Override
  public void check(RuleContext context) {
    for (RunUnit run : RunUnit.all(context.model())) {
      for (var f : PackageCommands.find(run, AptCommand::match)) {
        AptCommand apt = f.recognised();
        if (!apt.tool().equals("apt")) {
          continue;
        }
        String message = "Use `apt-get` or `apt-cache` in scripts, not `apt`"
            + (apt.action().isEmpty() ? "." : " (`apt " + apt.action() + "`).");
        Optional<Fix> fix = fix(f.command(), apt);
        if (fix.isPresent()) {
          context.report(f.command().range(), message, fix.get());
        } else {
          context.report(f.command().range(), message);
        }
      }
    }
  }

  private static Optional<Fix> fix(RunStep.Command command, AptCommand apt) {
    Word program = apt.invocation().resolved().nameWord();
    if (program == null || !program.isStatic() || apt.args().operands().isEmpty()) {
      return Optional.empty();
    }
    String action = apt.action();
    String tool = APT_GET.contains(action) || action.equals("full-upgrade") ? "apt-get"
        : APT_CACHE.contains(action) ? "apt-cache" : null;
    if (tool == null) {
      return Optional.empty();
    }
    String text = program.text(); // apt or /usr/bin/apt
    if (!text.endsWith("apt")) {
      return Optional.empty();
    }
    List<TextEdit> edits = new ArrayList<>();
    edits.add(replace(command, program, text.substring(0, text.length() - 3) + tool));
    if (action.equals("full-upgrade")) {
      edits.add(replace(command, apt.args().operands().get(0), "dist-upgrade"));
    }
    return Optional.of(new Fix("Use " + tool, true, edits));
  }

  private static TextEdit replace(RunStep.Command command, Word word, String text) {
    var range = command.source().range(word.span());
    return TextEdit.replace(range.startOffset(), range.endOffset(), text);
  }
}
