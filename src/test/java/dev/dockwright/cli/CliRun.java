package dev.dockwright.cli;

import dev.dockwright.lint.RuleRegistry;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs the real CLI in-process and keeps what it printed. */
record CliRun(int exit, String out, String err) {
  static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new CliRun(exit, out.toString(), err.toString());
  }

  /**
   * Runs the real CLI with {@code rules} as the rules {@code lint} and {@code fix} use (asked for
   * once per run, as the built-in ones are).
   */
  static CliRun withRules(Supplier<RuleRegistry> rules, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), rules);
    return new CliRun(exit, out.toString(), err.toString());
  }

  /** The verify session id from the progress output. */
  String session() {
    Matcher m = Pattern.compile("session ([\\w-]+):").matcher(err);
    if (!m.find()) {
      throw new AssertionError("no session in: " + err);
    }
    return m.group(1);
  }

  @Override
  public String toString() {
    return "exit " + exit + "\n--- out\n" + out + "--- err\n" + err;
  }
}
