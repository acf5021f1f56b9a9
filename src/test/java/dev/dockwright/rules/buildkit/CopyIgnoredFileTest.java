package dev.dockwright.rules.buildkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.lint.Finding;
import dev.dockwright.lint.RuleTester;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CopyIgnoredFileTest {

  @TempDir
  Path context;

  private RuleTester tester(String dockerignore) throws IOException {
    Files.writeString(context.resolve(".dockerignore"), dockerignore);
    return RuleTester.of(new CopyIgnoredFile()).context(context);
  }

  @Test
  void copyAndAddOfIgnoredFilesAreReported() throws IOException {
    List<Finding> findings = tester("\nDockerfile\nsecrets/\n*.log\n").check("""
        FROM scratch
        # expect: CopyIgnoredFile
        COPY Dockerfile .
        # expect: CopyIgnoredFile
        ADD ./secrets/key.pem /windy
        # expect: CopyIgnoredFile
        COPY app.py logs/today.log debug.log /app/
        """);
    assertThat(findings).extracting(Finding::message).containsExactly(
        "Attempting to Copy file \"Dockerfile\" that is excluded by .dockerignore",
        "Attempting to Add file \"secrets/key.pem\" that is excluded by .dockerignore",
        "Attempting to Copy file \"debug.log\" that is excluded by .dockerignore");
  }

  @Test
  void filesThatAreSentAndOtherSourcesAreFine() throws IOException {
    tester("node_modules\n*.pyc\n").checkClean("""
        FROM python:3.12 AS build
        COPY . .
        COPY src/ /app/src/
        COPY --from=build /node_modules /node_modules
        ADD https://example.com/node_modules /x
        COPY <<EOF /node_modules
        data
        EOF
        """);
  }

  @Test
  void nothingIsCheckedWhenTheIgnoreFileReincludesFiles() throws IOException {
    tester("**\n!Dockerfile\n").checkClean("FROM scratch\nCOPY ./Dockerfile .\nCOPY . .\n");
  }

  @Test
  void theContextRootCountsOnlyForCatchAllPatterns() throws IOException {
    tester(".*\n").checkClean("FROM scratch\nCOPY . .\n");
    tester("*\n").check("""
        FROM scratch
        # expect: CopyIgnoredFile
        COPY . .
        """);
  }

  @Test
  void dockerfileSpecificIgnoreFileWins() throws IOException {
    Files.writeString(context.resolve("Dockerfile.dockerignore"), "app.py\n");
    tester("other\n").check("""
        FROM scratch
        # expect: CopyIgnoredFile
        COPY app.py /app/
        COPY other /other
        """);
  }

  /**
   * Bracket classes go into the regex as Go's RE2 reads them, where {@code [[:digit:]]} is a POSIX
   * class and {@code [} is literal in a class (the lint's old matcher read them as Java does).
   */
  @Test
  void bracketClassesMatchAsDockerMatchesThem() throws IOException {
    List<Finding> findings = tester("[[:digit:]].txt\n[[]x\n").check("""
        FROM scratch
        # expect: CopyIgnoredFile
        COPY 7.txt /a
        COPY a.txt /b
        # expect: CopyIgnoredFile
        COPY [x /c
        """);
    assertThat(findings).extracting(Finding::message).containsExactly(
        "Attempting to Copy file \"7.txt\" that is excluded by .dockerignore",
        "Attempting to Copy file \"[x\" that is excluded by .dockerignore");
  }

  /** A lone {@code !} makes BuildKit refuse the ignore file and fail the build: nothing to report. */
  @Test
  void anIgnoreFileDockerRefusesIsNotMatched() throws IOException {
    tester("Dockerfile\n!\n").checkClean("FROM scratch\nCOPY Dockerfile .\n");
  }

  @Test
  void withoutABuildContextNothingIsReported() {
    RuleTester.of(new CopyIgnoredFile()).checkClean("FROM scratch\nCOPY Dockerfile .\n");
  }
}
