package dev.dockwright.rules.python;

import dev.dockwright.lint.Fix;
import dev.dockwright.lint.FixSafety;
import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.lint.TextEdit;
import dev.dockwright.model.RunStep;
import dev.dockwright.model.ShellSource;
import dev.dockwright.model.Stage;
import dev.dockwright.shell.Invocation;
import dev.dockwright.shell.ast.Redirect;
import dev.dockwright.shell.ast.Word;
import dev.dockwright.shell.commands.EchoCommand;
import dev.dockwright.syntax.Range;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;

@RuleSpec(
    code = "DW3002",
    name = "EchoEscapes",
    severity = Severity.INFO,
    origin = Origin.DOCKWRIGHT,
    summary = "A file is written with echo and backslash escapes, whose meaning depends on the"
        + " shell.",
    rationale = """
        `echo "a\\nb" > conf` writes two lines with dash (Debian's and Ubuntu's /bin/sh, the \
        python:*-slim default) and one line with a literal backslash-n with bash or BusyBox; \
        `echo -e` is worse: dash prints the `-e` into the file. The same Dockerfile then \
        builds a different config file or script after a base-image or SHELL change, and the \
        service fails far from the cause. `printf` behaves the same everywhere \
        (`printf 'a\\nb\\n' > conf`), and a here-document (`COPY <<EOF /etc/app.conf`) needs \
        no escapes at all. Only echo whose output is written somewhere (a redirection, a \
        pipe) is reported; `echo -e` is left alone where /bin/sh or the SHELL understands it \
        (bash, BusyBox: known from the base image or the package manager the stage uses). \
        ShellCheck reports this as SC2028, so the rule is quiet when ShellCheck runs, unless         DW3002 is given a severity in the configuration.""",
    bad = """
        FROM python:3.12-slim
        RUN echo "[server]\\nheadless = true" > /app/.streamlit/config.toml
        """,
    good = """
        FROM python:3.12-slim
        RUN printf '[server]\\nheadless = true\\n' > /app/.streamlit/config.toml
        """,
    fix = "When echo has one argument, replaces `echo [-e|-n]` with `printf '%b\\n'` (or"
        + " `printf '%b'` for -n), which interprets the escapes the way dash's echo does.",
    fixSafety = FixSafety.UNSAFE)
public final class EchoEscapes implements Rule {

  private final BooleanSupplier shellcheckInstalled;

  /** Checks whether {@code shellcheck} is on the PATH (once per rule instance). */
  public EchoEscapes() {
    this(ShellcheckOnPath.INSTANCE);
  }

  /**
   * @param shellcheckInstalled whether ShellCheck is installed; when it is and the
   *     configuration does not turn it off, ShellCheck's SC2028 covers this rule
   */
  public EchoEscapes(BooleanSupplier shellcheckInstalled) {
    this.shellcheckInstalled = shellcheckInstalled;
  }

  @Override
  public void check(RuleContext context) {
    boolean configured = context.config().severities().containsKey(context.rule().code())
        || context.config().severities().containsKey(context.rule().name());
    boolean shellcheckRuns = context.config().shellcheck().orElse(true)
        && shellcheckInstalled.getAsBoolean();
    if (shellcheckRuns && !configured) {
      return;
    }
    for (Stage stage : context.model().reachableStages()) {
      Sh binSh = binSh(stage);
      for (RunStep run : stage.steps(RunStep.class)) {
        for (ShellSource source : run.scripts()) {
          Sh sh = shellOf(source.shell(), binSh);
          for (Invocation inv : source.script().simpleCommands()) {
            Optional<EchoCommand> echo = EchoCommand.match(inv);
            if (echo.isEmpty() || !writesOutput(inv) || !shellEscapes(echo.get())
                || inv.resolved().nameWord().unquoted().contains("/")) {
              continue; // /bin/echo is a program: it behaves the same under every shell
            }
            // echo -e is well defined where echo understands it (bash, BusyBox); dash prints it.
            if (echo.get().interpretEscapes() && sh != Sh.DASH) {
              continue;
            }
            report(context, source, echo.get(), sh);
          }
        }
      }
    }
  }

  /** Which echo {@code /bin/sh} (or the SHELL) has. */
  enum Sh { DASH, BUSYBOX, BASH, UNKNOWN }

  private static void report(RuleContext context, ShellSource source, EchoCommand echo, Sh sh) {
    Range range = source.range(echo.invocation().command().span());
    String message = (echo.interpretEscapes()
        ? "echo -e writes \"-e\" into the output with dash (/bin/sh here)"
        : sh == Sh.DASH ? "echo turns these backslash escapes into characters with dash (/bin/sh"
            + " here) but writes them literally with bash or BusyBox, so the output changes with"
            + " the base image or SHELL"
        : sh == Sh.UNKNOWN ? "echo with backslash escapes writes different text with dash and"
            + " bash/BusyBox"
        : "echo writes these backslash escapes literally with "
            + (sh == Sh.BASH ? "bash" : "BusyBox") + " (/bin/sh here); dash would turn them into"
            + " characters")
        + ". Use printf, or a here-document.";
    Optional<TextEdit> fix = fix(context, source, echo);
    if (fix.isPresent()) {
      context.report(range, message, Fix.unsafe("Use printf", fix.get()));
    } else {
      context.report(range, message);
    }
  }

  /**
   * The stage's {@code /bin/sh}: dash on Debian and Ubuntu, BusyBox ash on Alpine, bash on
   * RHEL-likes; for images we do not describe, the package manager the stage uses tells.
   */
  static Sh binSh(Stage stage) {
    switch (stage.facts().os()) {
      case DEBIAN, UBUNTU:
        return Sh.DASH;
      case ALPINE, BUSYBOX:
        return Sh.BUSYBOX;
      case RHEL, AMAZON, SUSE:
        return Sh.BASH;
      default:
        break;
    }
    for (Stage s : ImageFiles.chain(stage)) {
      for (RunStep run : s.steps(RunStep.class)) {
        for (RunStep.Command c : run.commands()) {
          Invocation i = c.invocation();
          if (i.is("apt-get", "apt", "dpkg")) {
            return Sh.DASH;
          }
          if (i.is("apk")) {
            return Sh.BUSYBOX;
          }
          if (i.is("yum", "dnf", "microdnf", "zypper", "rpm")) {
            return Sh.BASH;
          }
        }
      }
    }
    return Sh.UNKNOWN;
  }

  private static Sh shellOf(List<String> shell, Sh binSh) {
    if (shell.isEmpty()) {
      return binSh;
    }
    String exe = shell.get(0).substring(shell.get(0).lastIndexOf('/') + 1);
    return switch (exe) {
      case "bash" -> Sh.BASH;
      case "dash" -> Sh.DASH;
      case "ash", "busybox" -> Sh.BUSYBOX;
      default -> binSh;
    };
  }

  /** {@code echo -e "x"} gives {@code printf '%b\n' "x"}: one argument, written where mapped. */
  private static Optional<TextEdit> fix(RuleContext context, ShellSource source, EchoCommand echo) {
    List<Word> words = echo.invocation().command().words();
    if (echo.arguments().size() != 1 || words.isEmpty() || !words.get(0).is("echo")) {
      return Optional.empty();
    }
    Word first = words.get(0);
    Word lastOption = words.get(words.indexOf(echo.arguments().get(0)) - 1);
    Range from = source.range(first.span());
    Range to = source.range(lastOption.span());
    String text = context.file().text();
    String written = text.substring(from.startOffset(), Math.min(text.length(), to.endOffset()));
    String expected = lastOption.span().end() <= source.text().length()
        ? source.text().substring(first.span().start(), lastOption.span().end()) : "";
    if (!written.equals(expected)) {
      return Optional.empty(); // a continuation between the words: leave it to the author
    }
    return Optional.of(TextEdit.replace(from.startOffset(), to.endOffset(),
        echo.noNewline() ? "printf '%b'" : "printf '%b\\n'"));
  }

  /** The escapes dash's echo interprets (XSI): {@code \e} is not one of them, only bash's -e. */
  private static final Pattern DASH_ESCAPE = Pattern.compile("\\\\[abcfnrtv0\\\\]");

  /** Escapes whose meaning depends on the shell: dash's set, or bash's with -e. */
  private static boolean shellEscapes(EchoCommand echo) {
    return echo.interpretEscapes() ? echo.hasBackslashEscapes()
        : echo.arguments().stream().anyMatch(w -> DASH_ESCAPE.matcher(w.unquoted()).find());
  }

  /** The output goes to a file or another program, so its exact bytes matter. */
  private static boolean writesOutput(Invocation inv) {
    for (Redirect r : inv.redirects()) {
      if (r.effectiveFd() == 1) {
        return true;
      }
    }
    return inv.pipedInto().isPresent() || inv.inCommandSubstitution();
  }

  /** {@code shellcheck} found on the PATH; looked up once. */
  private enum ShellcheckOnPath implements BooleanSupplier {
    INSTANCE;

    private volatile Boolean found;

    @Override
    public boolean getAsBoolean() {
      Boolean f = found;
      if (f == null) {
        f = lookUp();
        found = f;
      }
      return f;
    }

    private static boolean lookUp() {
      String path = System.getenv("PATH");
      if (path == null) {
        return false;
      }
      for (String dir : path.split(File.pathSeparator)) {
        if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "shellcheck"))) {
          return true;
        }
      }
      return false;
    }
  }
}
