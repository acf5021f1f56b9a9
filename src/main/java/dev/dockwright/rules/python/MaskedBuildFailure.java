package dev.dockwright.rules.python;

import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.model.RunStep;
import dev.dockwright.model.ShellSource;
import dev.dockwright.model.Stage;
import dev.dockwright.shell.Invocation;
import dev.dockwright.shell.commands.FailureMask;
import dev.dockwright.shell.ast.AndOr;
import dev.dockwright.shell.ast.Span;
import dev.dockwright.shell.ast.Word;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

@RuleSpec(
    code = "DW3001",
    name = "MaskedBuildFailure",
    severity = Severity.WARNING,
    origin = Origin.DOCKWRIGHT,
    summary = "A build step's failure is masked (`|| true`, `|| echo`, `; exit 0`, `set +e`).",
    rationale = """
        `pip install -r requirements.txt || echo "failed"` turns a failed install into a \
        successful layer: the build goes green and the image ships without its dependencies, \
        to fail at run time with ImportError, far from the cause. The same goes for \
        `|| true`, `|| :`, `|| exit 0`, a trailing `; exit 0` and `set +e`. Cleanup commands \
        whose failure is harmless (rm, pkill, grep, userdel, apt-get purge, ...) are not \
        reported. HEALTHCHECK is not checked: there `|| exit 1` is the idiom.""",
    bad = """
        FROM python:3.12-slim
        COPY requirements.txt .
        RUN pip install --no-cache-dir -r requirements.txt || echo "install failed"
        """,
    good = """
        FROM python:3.12-slim
        COPY requirements.txt .
        RUN pip install --no-cache-dir -r requirements.txt
        RUN rm -f /tmp/cache.db || true
        """)
public final class MaskedBuildFailure implements Rule {

  /** Commands run only for their side effect, where failing means "nothing to do". */
  private static final Set<String> HARMLESS = Set.of(
      "rm", "rmdir", "unlink", "pkill", "kill", "killall", "grep", "egrep", "fgrep", "test", "[",
      "[[", "diff", "cmp", "userdel", "groupdel", "deluser", "delgroup", "umount", "which",
      "command", "type", "hash", "ls", "mkdir", "ln", "ldconfig", "systemctl", "service",
      "sysctl", "update-alternatives", "setcap", "chattr", "id", "getent", "true", "false", ":");

  /** Package-manager subcommands that only remove things. */
  private static final Set<String> REMOVALS =
      Set.of("remove", "purge", "autoremove", "del", "uninstall", "clean", "erase", "rm");

  @Override
  public void check(RuleContext context) {
    for (Stage stage : context.model().stages()) {
      for (RunStep run : stage.steps(RunStep.class)) {
        for (ShellSource source : run.scripts()) {
          checkScript(context, source);
        }
      }
    }
  }

  private static void checkScript(RuleContext context, ShellSource source) {
    Set<AndOr> reported = new HashSet<>();
    for (FailureMask mask : FailureMask.in(source.script())) {
      Invocation masked = mask.masked();
      switch (mask.kind()) {
        case OR_TRUE, OR_ECHO, OR_EXIT_ZERO -> {
          if (masked.inCondition() || masked.inCommandSubstitution() || harmless(masked)
              || !reported.add(masked.andOr())) {
            continue;
          }
          Span span = new Span(masked.command().span().start(), mask.span().end());
          context.report(source.range(span), "`" + text(masked) + "` can fail without failing"
              + " the build: `|| " + mask.span().text(source.text()).strip()
              + "` masks its exit status. Let the step fail, or handle the failure explicitly.");
        }
        case SET_PLUS_E -> context.report(source.range(masked.command().span()), "`set +e` turns"
            + " off errexit: failures of the commands after it no longer fail the build.");
        case EXIT_ZERO -> context.report(source.range(mask.span()), "`"
            + mask.span().text(source.text()).strip() + "` at the end of the script makes the"
            + " step succeed whatever the commands before it did.");
        default -> {
          // `|| other-command`: a real fallback, not a mask
        }
      }
    }
  }

  private static boolean harmless(Invocation i) {
    String program = i.program();
    if (program == null) {
      return false;
    }
    if (HARMLESS.contains(program)) {
      return true;
    }
    List<String> args = i.resolved().argValues();
    return args.stream().filter(a -> a != null && !a.startsWith("-")).findFirst()
        .map(REMOVALS::contains).orElse(false);
  }

  private static String text(Invocation i) {
    String t = String.join(" ", i.command().words().stream().map(Word::text).toList());
    return t.length() > 60 ? t.substring(0, 57) + "..." : t;
  }
}
