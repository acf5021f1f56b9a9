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
import dev.dockwright.shell.ast.AndOr;
import dev.dockwright.shell.ast.Command;
import dev.dockwright.shell.ast.Pipeline;
import dev.dockwright.shell.ast.SimpleCommand;
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
    List<Invocation> commands = source.script().simpleCommands();
    Set<AndOr> reported = new HashSet<>();
    for (Invocation i : commands) {
      if (i.inCondition() || i.inCommandSubstitution()) {
        continue;
      }
      if (i.orElse().isPresent() && !reported.contains(i.andOr())) {
        Pipeline fallback = i.orElse().get();
        if (swallows(fallback) && !harmless(i)) {
          reported.add(i.andOr());
          Span span = new Span(i.command().span().start(), fallback.span().end());
          context.report(source.range(span), "`" + text(i) + "` can fail without failing the"
              + " build: `|| " + fallback.span().text(source.text()).strip()
              + "` masks its exit status. Let the step fail, or handle the failure explicitly.");
        }
      }
      if (i.is("set") && i.options().errexit() && turnsOffErrexit(i)) {
        context.report(source.range(i.command().span()), "`set +e` turns off errexit: failures of"
            + " the commands after it no longer fail the build.");
      }
      if (isExitZero(i) && i.index() > 0 && i.andOr().pipelines().size() == 1
          && i.enclosing().isEmpty() && i.index() == commands.size() - 1) {
        context.report(source.range(i.command().span()), "`exit 0` at the end of the script makes"
            + " the step succeed whatever the commands before it did.");
      }
    }
  }

  /** {@code true}, {@code :}, {@code echo ...}, {@code printf ...}, {@code exit 0}. */
  private static boolean swallows(Pipeline fallback) {
    if (fallback.negated() || fallback.commands().isEmpty()) {
      return false;
    }
    Command first = fallback.commands().get(0);
    if (!(first instanceof SimpleCommand simple) || simple.words().isEmpty()) {
      return false;
    }
    String name = simple.words().get(0).literalOrNull();
    if (name == null) {
      return false;
    }
    name = name.substring(name.lastIndexOf('/') + 1);
    return switch (name) {
      case "true", ":", "echo", "printf" -> true;
      case "exit", "return" -> simple.words().size() > 1 && simple.words().get(1).is("0");
      default -> false;
    };
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

  private static boolean turnsOffErrexit(Invocation i) {
    List<String> args = i.resolved().argValues();
    for (int k = 0; k < args.size(); k++) {
      String a = args.get(k);
      if (a == null) {
        return false;
      }
      if (a.startsWith("+") && !a.startsWith("+o") && a.contains("e")) {
        return true;
      }
      if (a.equals("+o") && k + 1 < args.size() && "errexit".equals(args.get(k + 1))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isExitZero(Invocation i) {
    List<Word> words = i.command().words();
    return words.size() == 2 && words.get(0).is("exit") && words.get(1).is("0");
  }

  private static String text(Invocation i) {
    String t = String.join(" ", i.command().words().stream().map(Word::text).toList());
    return t.length() > 60 ? t.substring(0, 57) + "..." : t;
  }
}
