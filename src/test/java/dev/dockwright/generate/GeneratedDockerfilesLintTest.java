package dev.dockwright.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.lint.Finding;
import dev.dockwright.lint.LintOptions;
import dev.dockwright.lint.LintResult;
import dev.dockwright.lint.Linter;
import dev.dockwright.lint.SourceFile;
import dev.dockwright.lint.config.LintConfig;
import dev.dockwright.rules.BuiltinRules;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What init writes must pass dockwright's own linter with no finding at any severity, for every
 * fixture, every target and both stage layouts (the same cases as the structural test).
 */
class GeneratedDockerfilesLintTest {
  private static final Linter LINTER = new Linter(BuiltinRules.registry());

  @TempDir Path dir;

  @ParameterizedTest(name = "{0} {1} single={2}")
  @MethodSource("dev.dockwright.generate.GeneratedDockerfiles#cases")
  void generatedDockerfilePassesLintCleanly(String fixture, Target target, boolean single)
      throws Exception {
    // Lint from a directory holding the generated .dockerignore, as `dockwright lint` would see
    // the file in the project (context rules such as CopyIgnoredFile read it).
    Generation g = GeneratedDockerfiles.generate(fixture, target, single);
    String text = GeneratedDockerfiles.file(g, "Dockerfile");
    Files.writeString(dir.resolve("Dockerfile"), text);
    Files.writeString(dir.resolve(".dockerignore"), GeneratedDockerfiles.file(g, ".dockerignore"));
    LintResult result = LINTER.lint(SourceFile.read(dir.resolve("Dockerfile"), "Dockerfile"),
        LintConfig.DEFAULTS, LintOptions.DEFAULT);
    assertThat(result.internalErrors()).isEmpty();
    List<Finding> all = result.all();
    assertThat(all).as("findings in the Dockerfile for %s %s:\n%s", fixture, target, text)
        .isEmpty();
  }
}
