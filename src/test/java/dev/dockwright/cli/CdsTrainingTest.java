package dev.dockwright.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.lint.Finding;
import dev.dockwright.lint.LintOptions;
import dev.dockwright.lint.LintResult;
import dev.dockwright.lint.Linter;
import dev.dockwright.rules.BuiltinRules;
import dev.dockwright.lint.SourceFile;
import dev.dockwright.lint.config.LintConfig;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The CDS training run: it must keep exercising the lint path (a tour that stops parsing would
 * quietly shrink the archive) and must print nothing.
 */
class CdsTrainingTest {

  @Test
  void theTourParsesAndReachesManyRules() {
    LintResult result = lint(CdsTraining.TOUR);
    assertThat(result.inputErrors()).isEmpty();
    assertThat(result.internalErrors()).isEmpty();
    assertThat(result.findings().stream().map(Finding::code).distinct().count())
        .isGreaterThanOrEqualTo(15);
  }

  @Test
  void theBrokenFileDoesNotParse() {
    assertThat(lint(CdsTraining.BROKEN).inputErrors()).isNotEmpty();
  }

  @Test
  void trainsLintInBothFormatsOnEveryInputThenHelp() {
    List<List<String>> runs = CdsTraining.runs(List.of("a", "b")).stream()
        .map(CdsTraining.Run::args).toList();
    for (String input : List.of("a", "b")) {
      assertThat(runs).contains(List.of("lint", input), List.of("lint", "--format", "json", input));
    }
    assertThat(runs).contains(List.of("lint", "--format", "json", "-"));
    assertThat(runs.get(runs.size() - 1)).containsExactly("--help");
  }

  @Test
  void printsNothingAndLeavesStandardInputAlone() {
    PrintStream out = System.out;
    PrintStream err = System.err;
    InputStream in = System.in;
    InputStream stdin = new ByteArrayInputStream(new byte[0]);
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    try {
      System.setIn(stdin);
      System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
      CdsTraining.main(new String[] {"examples"});
      assertThat(System.in).isSameAs(stdin);
    } finally {
      System.setOut(out);
      System.setErr(err);
      System.setIn(in);
    }
    assertThat(printed.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  private static LintResult lint(String text) {
    return new Linter(BuiltinRules.registry())
        .lint(SourceFile.of("Dockerfile", text), LintConfig.DEFAULTS, LintOptions.DEFAULT);
  }
}
