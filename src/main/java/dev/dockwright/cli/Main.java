package dev.dockwright.cli;

import dev.dockwright.io.UserException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/**
 * Entry point: a thin shell over the library packages. Every subcommand returns an exit code from
 * {@link ExitCode}; user errors become one-line messages, never stack traces.
 */
@Command(
    name = "dockwright",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "From Python service source to a verified production container.",
    subcommands = {
        CommandLine.HelpCommand.class,
        ParseCommand.class,
        LintCommand.class,
        FixCommand.class,
        RulesCommand.class,
        InitCommand.class,
        ConvertCommand.class,
        BuildCommand.class,
        VerifyCommand.class,
    })
public final class Main implements Runnable {

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
    CommandLine cli = commandLine(out, err);
    return cli.execute(args);
  }

  static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(out);
    cli.setErr(err);
    cli.setParameterExceptionHandler((ex, args) -> {
      err.println("dockwright: " + ex.getMessage());
      err.println("Try 'dockwright --help' for more information.");
      return ExitCode.USAGE;
    });
    cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
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
    });
    return cli;
  }
}
