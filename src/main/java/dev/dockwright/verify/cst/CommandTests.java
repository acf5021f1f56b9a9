package dev.dockwright.verify.cst;

import dev.dockwright.secrets.SecretPatterns;
import dev.dockwright.verify.CheckResult;
import dev.dockwright.verify.cst.StructureTest.CommandTest;
import dev.dockwright.verify.cst.StructureTest.EnvVar;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * CST command tests through a {@link CommandRunner}: env expansion as CST does it, setup and
 * teardown commands around the test command, then stdout/stderr regexes and the exit code.
 */
final class CommandTests {
  static final String ID = StructureTests.COMMAND;
  /** CST runs commands without a limit; a hung command must not hang verify. */
  static final Duration TIMEOUT = Duration.ofMinutes(5);
  private static final int OUTPUT_EXCERPT = 400;

  private CommandTests() {}

  static CheckResult run(StructureTest st, CommandTest t, Map<String, String> imageEnv,
      Optional<CommandRunner> runner) {
    String title = "Command Test: " + t.name();
    if (runner.isEmpty()) return CheckResult.skip(ID, title, "command tests need a container engine");
    // Global env values may refer to the image's env ("$PATH"), as CST expands them against it.
    Map<String, String> global = new LinkedHashMap<>();
    for (EnvVar v : st.globalEnvVars()) global.put(v.key(), GoCompat.expand(v.value(), imageEnv));
    Map<String, String> visible = new LinkedHashMap<>(imageEnv);
    visible.putAll(global);
    Map<String, String> testEnv = new LinkedHashMap<>();
    for (EnvVar v : t.envVars()) testEnv.put(v.key(), GoCompat.expand(v.value(), visible));
    visible.putAll(testEnv);
    List<String> argv = new ArrayList<>();
    argv.add(GoCompat.expand(t.command(), visible));
    for (String a : t.args()) argv.add(GoCompat.expand(a, visible));

    String expected = "exit " + t.exitCode() + describeExpectations(t);
    CommandRunner.Result r;
    List<String> notes = new ArrayList<>();
    try (CommandRunner.Session session = runner.get().open(global,
        st.containerRunOptions().orElse(StructureTest.ContainerRunOptions.NONE))) {
      for (List<String> setup : t.setup()) {
        CommandRunner.Result s = session.run(setup, testEnv, TIMEOUT);
        // CST commits each setup container whatever its exit code; keep the fact for the report.
        if (s.exitCode() != 0) notes.add("setup " + String.join(" ", setup) + " exited " + s.exitCode());
      }
      r = session.run(argv, testEnv, TIMEOUT);
      for (List<String> teardown : t.teardown()) {
        CommandRunner.Result s = session.run(teardown, testEnv, TIMEOUT);
        if (s.exitCode() != 0) notes.add("teardown " + String.join(" ", teardown) + " exited " + s.exitCode());
      }
    } catch (IOException e) {
      return CheckResult.error(ID, title, "could not run " + String.join(" ", argv) + ": " + e.getMessage());
    }
    if (r.timedOut()) {
      return CheckResult.fail(ID, title, "timed out after " + r.duration().toSeconds() + "s", expected,
          "killed after " + TIMEOUT.toMinutes() + " minutes");
    }
    List<String> errors = new ArrayList<>();
    expectMatches(t.expectedError(), r.stderr(), true, "error", errors);
    expectMatches(t.excludedError(), r.stderr(), false, "error", errors);
    expectMatches(t.expectedOutput(), r.stdout(), true, "output", errors);
    expectMatches(t.excludedOutput(), r.stdout(), false, "output", errors);
    if (r.exitCode() != t.exitCode()) {
      errors.add("exited with " + r.exitCode() + ", expected " + t.exitCode());
    }
    String measured = "exit " + r.exitCode() + " in " + r.duration().toMillis() + "ms";
    if (errors.isEmpty()) return CheckResult.pass(ID, title, measured, expected);
    errors.addAll(notes);
    errors.add("stdout: " + excerpt(r.stdout()));
    errors.add("stderr: " + excerpt(r.stderr()));
    return CheckResult.fail(ID, title, measured, expected, String.join("; ", errors));
  }

  private static void expectMatches(List<String> regexes, String text, boolean shouldMatch, String stream,
      List<String> errors) {
    for (String re : regexes) {
      Optional<Pattern> p = GoCompat.regex(re);
      if (p.isEmpty()) {
        errors.add("invalid regex '" + re + "'");
      } else if (GoCompat.matches(p.get(), text) != shouldMatch) {
        errors.add((shouldMatch ? "expected " : "excluded ") + "'" + re + "' " + (shouldMatch ? "not found in " : "found in ") + stream);
      }
    }
  }

  private static String describeExpectations(CommandTest t) {
    int n = t.expectedOutput().size() + t.excludedOutput().size() + t.expectedError().size() + t.excludedError().size();
    return n == 0 ? "" : ", " + n + (n == 1 ? " output pattern" : " output patterns");
  }

  private static String excerpt(String s) {
    String one = SecretPatterns.redact(s.strip());
    if (one.isEmpty()) return "(empty)";
    return one.length() > OUTPUT_EXCERPT ? one.substring(0, OUTPUT_EXCERPT) + "…" : one;
  }
}
