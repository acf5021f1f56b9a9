package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.Fix;
import dev.dockwright.lint.FixSafety;
import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.lint.TextEdit;
import dev.dockwright.model.CommandStep;
import dev.dockwright.model.HealthcheckStep;
import dev.dockwright.model.Step;
import dev.dockwright.model.StepContext;
import dev.dockwright.shell.Invocation;
import dev.dockwright.shell.Script;
import dev.dockwright.shell.ShellParser;
import dev.dockwright.shell.ast.Word;
import dev.dockwright.syntax.Arguments;
import dev.dockwright.syntax.Instruction;
import dev.dockwright.syntax.InstructionKind;
import dev.dockwright.syntax.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** DL3025: CMD, ENTRYPOINT or HEALTHCHECK CMD in shell form. */
@RuleSpec(
    code = "DL3025",
    name = "ExecFormCommand",
    severity = Severity.WARNING,
    origin = Origin.HADOLINT,
    summary = "Use arguments JSON notation for CMD and ENTRYPOINT arguments.",
    rationale = "In shell form Docker runs the command as `/bin/sh -c \"...\"`: the shell is"
        + " PID 1, and `docker stop` sends SIGTERM to the shell, which does not pass it on; the"
        + " server is killed after the grace period instead of shutting down cleanly. An"
        + " ENTRYPOINT in shell form also ignores CMD and `docker run` arguments. A shell-form"
        + " CMD that is a single `exec server ...` hands PID 1 to the server, as Docker's"
        + " documentation recommends, and is not reported (hadolint reports it). The JSON form"
        + " (`[\"gunicorn\", \"app:app\"]`) starts the program directly. When the command needs a"
        + " shell (variables, `&&`), write the shell explicitly and `exec` the server:"
        + " `[\"sh\", \"-c\", \"exec gunicorn -b 0.0.0.0:$PORT app:app\"]`.",
    bad = "FROM python:3.12-slim\nCMD gunicorn -b 0.0.0.0:8000 app:app\n",
    good = "FROM python:3.12-slim\nCMD [\"gunicorn\", \"-b\", \"0.0.0.0:8000\", \"app:app\"]\n",
    fix = "Rewrites the command in JSON form when it is one simple command of plain words (no"
        + " variables, globs, redirections or operators).",
    fixSafety = FixSafety.UNSAFE)
public final class ExecFormCommand implements Rule {

  @Override
  public void check(RuleContext context) {
    InstructionSteps steps = InstructionSteps.of(context.model());
    for (Instruction in : steps.all(InstructionKind.CMD, InstructionKind.ENTRYPOINT,
        InstructionKind.HEALTHCHECK)) {
      if (in.arguments() instanceof Arguments.Healthcheck h
          && !h.type().value().equalsIgnoreCase("CMD")) {
        continue; // NONE, or a type BuildKit rejects
      }
      Arguments args = in.arguments() instanceof Arguments.Healthcheck h ? h.command()
          : in.arguments();
      if (!(args instanceof Arguments.Shell shell)
          || in.kind() == InstructionKind.CMD && execs(shell.command())) {
        continue;
      }
      String what = in.kind() == InstructionKind.HEALTHCHECK ? "HEALTHCHECK CMD"
          : in.kind().name();
      String message = what + " in shell form runs under `/bin/sh -c`, so signals reach the"
          + " shell, not the program: use the JSON form.";
      Optional<Fix> fix = posixShell(steps, in) ? fix(shell.command()) : Optional.empty();
      if (fix.isPresent()) {
        context.report(shell.range(), message, fix.get());
      } else {
        context.report(shell.range(), message);
      }
    }
  }

  /**
   * {@code CMD exec server ...}: the shell replaces itself with the server, which then is PID 1
   * and gets the signals, as Docker's documentation recommends for shell form. (An ENTRYPOINT
   * written so still ignores CMD and {@code docker run} arguments, so it is reported.)
   */
  private static boolean execs(Token command) {
    Script script = ShellParser.parse(command.value());
    List<Invocation> commands = script.simpleCommands();
    return !script.hasErrors() && script.body().items().size() == 1
        && commands.stream().anyMatch(i -> i.resolved().isExec() && i.enclosing().isEmpty()
            && i.andOr().pipelines().size() == 1 && i.pipeline().commands().size() == 1);
  }

  /** Only a POSIX shell's word splitting is what the fix reproduces. */
  private static boolean posixShell(InstructionSteps steps, Instruction in) {
    Optional<StepContext> ctx = steps.step(in, CommandStep.class).map(Step::context)
        .or(() -> steps.step(in, HealthcheckStep.class).map(Step::context));
    List<String> shell = ctx.map(StepContext::shell).orElse(StepContext.DEFAULT_SHELL);
    return shell.equals(StepContext.DEFAULT_SHELL) || shell.equals(List.of("/bin/bash", "-c"))
        || shell.equals(List.of("/bin/sh", "-eu", "-c"));
  }

  /** The JSON form of a command made of one simple command of plain words. */
  static Optional<Fix> fix(Token command) {
    String text = command.value();
    if (command.range().start().line() != command.range().end().line()) {
      return Optional.empty(); // continuation lines may hold comments: keep the author's layout
    }
    Script script = ShellParser.parse(text);
    List<Invocation> commands = script.simpleCommands();
    if (script.hasErrors() || commands.size() != 1 || script.body().items().size() != 1) {
      return Optional.empty();
    }
    Invocation inv = commands.get(0);
    if (!inv.enclosing().isEmpty() || inv.pipeline().commands().size() != 1
        || inv.andOr().pipelines().size() != 1 || inv.negated() || inv.background()
        || !inv.assignments().isEmpty() || !inv.redirects().isEmpty()) {
      return Optional.empty();
    }
    List<String> argv = new ArrayList<>();
    for (Word w : inv.argv()) {
      Optional<String> value = w.literal();
      if (value.isEmpty() || (!w.hasQuotes() && value.get().matches("(?s).*[*?\\[{~].*"))) {
        return Optional.empty();
      }
      argv.add(value.get());
    }
    if (argv.isEmpty()) {
      return Optional.empty();
    }
    StringBuilder json = new StringBuilder("[");
    for (int i = 0; i < argv.size(); i++) {
      json.append(i == 0 ? "" : ", ").append(quote(argv.get(i)));
    }
    json.append(']');
    return Optional.of(Fix.unsafe("Use the JSON form", TextEdit.replace(
        command.range().startOffset(), command.range().endOffset(), json.toString())));
  }

  private static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }
}
