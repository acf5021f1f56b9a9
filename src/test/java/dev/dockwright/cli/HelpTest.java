package dev.dockwright.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every command answers --help (exit 0, usage on stdout) and --version. */
class HelpTest {

  @ParameterizedTest
  @ValueSource(strings = {"parse", "lint", "fix", "rules", "init", "build", "verify"})
  void everyCommandHasHelp(String command) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(new String[] {command, "--help"}, new PrintWriter(out, true), new PrintWriter(err, true));
    assertThat(exit).isEqualTo(0);
    assertThat(out.toString()).startsWith("Usage: dockwright " + command);
    assertThat(err.toString()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"--help", "--version"})
  void topLevelHelpAndVersion(String flag) {
    StringWriter out = new StringWriter();
    int exit = Main.run(new String[] {flag}, new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));
    assertThat(exit).isEqualTo(0);
    assertThat(out.toString()).contains("dockwright");
  }
}
