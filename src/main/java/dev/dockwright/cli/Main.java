package dev.dockwright.cli;

import dev.dockwright.io.UserException;
import dev.dockwright.lint.RuleRegistry;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point: a thin shell over the library packages. Every subcommand returns an exit code from
 * {@link ExitCode}; user errors become one-line messages, never stack traces.
 *
 * <p>Subcommands are registered per run, not in {@code @Command(subcommands=...)}: picocli builds a
 * command's model by reflection over its options (and loads the types they name), which for all
 * commands costs more than linting a file. A run whose first argument names a command builds only
 * that command; anything else (help, {@code --version}, no or an unknown command) builds them all,
 * so help lists every command and errors read as before (see {@link #SUBCOMMANDS}).
 */
@Command(
    name = "dockwright",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "From Python service source to a verified production container.")
public final class Main implements Runnable {

  /** A subcommand: its name (the one in its {@code @Command}) and its class. */
  record Subcommand(String name, Class<?> type) {}

  /** Every subcommand, in the order help lists them. */
  static final List<Subcommand> SUBCOMMANDS = List.of(
      new Subcommand("help", CommandLine.HelpCommand.class),
      new Subcommand("parse", ParseCommand.class),
      new Subcommand("lint", LintCommand.class),
      new Subcommand("fix", FixCommand.class),
      new Subcommand("rules", RulesCommand.class),
      new Subcommand("init", InitCommand.class),
      new Subcommand("convert", ConvertCommand.class),
      new Subcommand("build", BuildCommand.class),
      new Subcommand("verify", VerifyCommand.class));

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing command");
  }

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the CLI with the given streams; used by tests so they exercise the real wiring. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return commandLine(args, out, err).execute(args);
  }

  /**
   * Runs the CLI with {@code rules} as the rules {@code lint} and {@code fix} use instead of the
   * built-in ones (asked for once per run, as the built-in ones are): tests lint with fixture rules
   * through the real wiring this way.
   */
  static int run(String[] args, PrintWriter out, PrintWriter err, Supplier<RuleRegistry> rules) {
    return configure(tree(needed(args), new WithRules(rules)), out, err).execute(args);
  }

  /** Builds lint and fix with the given rules, every other command as picocli would. */
  private static final class WithRules implements CommandLine.IFactory {
    private final Supplier<RuleRegistry> rules;

    WithRules(Supplier<RuleRegistry> rules) {
      this.rules = rules;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
      if (type == LintCommand.class) {
        return type.cast(new LintCommand(rules));
      }
      if (type == FixCommand.class) {
        return type.cast(new FixCommand(rules));
      }
      return CommandLine.defaultFactory().create(type);
    }
  }

  /** The whole command tree, every subcommand built. */
  static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    return configure(tree(SUBCOMMANDS, CommandLine.defaultFactory()), out, err);
  }

  /** The command tree {@code args} need: the command they name, else all of them. */
  static CommandLine commandLine(String[] args, PrintWriter out, PrintWriter err) {
    return configure(tree(needed(args), CommandLine.defaultFactory()), out, err);
  }

  /**
   * The subcommands a run with {@code args} needs. Only the first argument is looked at: that is
   * where a command name goes; root options (help, version) need the full list anyway, as do
   * {@code help}, {@code @argument-files} and mistakes.
   */
  static List<Subcommand> needed(String[] args) {
    if (args.length > 0 && !args[0].equals("help")) {
      for (Subcommand s : SUBCOMMANDS) {
        if (s.name().equals(args[0])) {
          return List.of(s);
        }
      }
    }
    return SUBCOMMANDS;
  }

  private static CommandLine tree(List<Subcommand> subcommands, CommandLine.IFactory factory) {
    CommandLine cli = new CommandLine(new Main(), factory);
    for (Subcommand s : subcommands) {
      cli.addSubcommand(s.name(), s.type());
    }
    return cli;
  }

  // Settings go on after the subcommands: picocli passes them down to the commands present.
  private static CommandLine configure(CommandLine cli, PrintWriter out, PrintWriter err) {
    cli.setOut(out);
    cli.setErr(err);
    ErrorHandler handler = new ErrorHandler(err);
    cli.setParameterExceptionHandler(handler);
    cli.setExecutionExceptionHandler(handler);
    return cli;
  }

  /**
   * Turns exceptions into one-line messages and exit codes. A class, not two lambdas: a lambda
   * implementing one of picocli's (Java 5) interfaces keeps that interface, and picocli classes
   * implementing it, out of the class-data-sharing archive (see bin/dockwright).
   */
  private static final class ErrorHandler implements CommandLine.IParameterExceptionHandler,
      CommandLine.IExecutionExceptionHandler {
    private final PrintWriter err;

    ErrorHandler(PrintWriter err) {
      this.err = err;
    }

    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
      err.println("dockwright: " + ex.getMessage());
      err.println("Try 'dockwright --help' for more information.");
      return ExitCode.USAGE;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine,
        CommandLine.ParseResult parseResult) {
      if (ex instanceof UserException user) {
        err.println("dockwright: " + user.getMessage());
        return user.exitCode();
      }
      // A bug of ours: say so in one line; the trace only when asked for.
      err.println("dockwright: internal error: " + ex);
      if (System.getenv("DOCKWRIGHT_DEBUG") != null) {
        ex.printStackTrace(err);
      } else {
        err.println("(set DOCKWRIGHT_DEBUG=1 for the stack trace, and please report it)");
      }
      return ExitCode.INTERNAL;
    }
  }
}
