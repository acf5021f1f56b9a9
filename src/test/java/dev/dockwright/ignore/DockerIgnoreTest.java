package dev.dockwright.ignore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dockwright.io.UserException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading ignore files: what the lint (BuildKit) and the engine's build context (CLI) both read. */
class DockerIgnoreTest {
  @Test
  void readsPatternsAsDockerDoes() {
    String file = "\uFEFF# comment\n"
        + "  # an indented hash is a pattern, not a comment\n"
        + "\n"
        + "   \n"
        + "/leading/slash\n"
        + "./dot//slashes/\n"
        + "!  spaced exception  \r\n"
        + "a/../b\n"
        + "/\n";
    assertThat(DockerIgnore.lines(file)).extracting(DockerIgnore.Line::pattern).containsExactly(
        "# an indented hash is a pattern, not a comment",
        "leading/slash", "dot/slashes", "!spaced exception", "b", "/");
    assertThat(DockerIgnore.lines(file)).extracting(DockerIgnore.Line::number)
        .containsExactly(2, 5, 6, 7, 8, 9);
  }

  @Test
  void compilesTheCleanedPatternsInOrder() {
    PatternMatcher ignore = DockerIgnore.parse("\uFEFF# comment\n  /build/  \n\n!keep\r\n a/../b \n");
    assertThat(ignore.patterns()).extracting(IgnorePattern::text).containsExactly("build", "keep", "b");
    assertThat(ignore.patterns()).extracting(IgnorePattern::toString)
        .containsExactly("build", "!keep", "b");
    assertThat(ignore.hasExclusions()).isTrue();
  }

  @Test
  void aByteOrderMarkOnlyCountsAtTheStart() {
    assertThat(DockerIgnore.lines("\uFEFF#c\n#d\n")).isEmpty();
    assertThat(DockerIgnore.lines("#c\n\uFEFF#d\n")).extracting(DockerIgnore.Line::pattern)
        .containsExactly("\uFEFF#d");
  }

  @Test
  void aMalformedPatternIsReportedAtItsLine() {
    assertThatThrownBy(() -> DockerIgnore.parse("ok\n\n*.py[\n", "ctx/.dockerignore"))
        .isInstanceOf(UserException.class)
        .hasMessage("ctx/.dockerignore:3:1: syntax error in pattern: *.py[");
  }

  /**
   * A lone {@code !} and an unclosed class or trailing backslash: moby's {@code patternmatcher.New}
   * refuses them (so Docker fails the build). The lint's old reader dropped or half-matched them;
   * the one reader refuses them for both.
   */
  @Test
  void patternsDockerRefusesAreRefused() {
    assertThatThrownBy(() -> DockerIgnore.parse("a\n!\n"))
        .isInstanceOf(UserException.class)
        .hasMessage(".dockerignore:2:1: illegal exclusion pattern: \"!\": !");
    assertThatThrownBy(() -> DockerIgnore.parse("a\\\n"))
        .hasMessageContaining(":1:1: syntax error in pattern");
    assertThatThrownBy(() -> DockerIgnore.parse("x\n[]a]\n"))
        .hasMessageContaining(":2:1: syntax error in pattern");
  }

  @Test
  void theCliReadsOnlyDotDockerignore(@TempDir Path dir) throws IOException {
    assertThat(DockerIgnore.read(dir).patterns()).isEmpty();
    Files.writeString(dir.resolve("Dockerfile.dockerignore"), "b\n");
    assertThat(DockerIgnore.read(dir).patterns()).isEmpty();
    Files.writeString(dir.resolve(".dockerignore"), "a\n[\n");
    assertThatThrownBy(() -> DockerIgnore.read(dir))
        .isInstanceOf(UserException.class)
        .hasMessage(dir.resolve(".dockerignore") + ":2:1: syntax error in pattern: [");
  }

  @Test
  void buildkitFindsTheDockerfileSpecificFileFirst(@TempDir Path dir) throws IOException {
    assertThat(DockerIgnore.find(dir, "Dockerfile")).isEmpty();
    Files.writeString(dir.resolve(".dockerignore"), "a\n");
    assertThat(DockerIgnore.find(dir, "Dockerfile").orElseThrow().excludes("a")).isTrue();
    Files.writeString(dir.resolve("Dockerfile.dockerignore"), "b\n");
    PatternMatcher specific = DockerIgnore.find(dir, "Dockerfile").orElseThrow();
    assertThat(specific.excludes("b")).isTrue();
    assertThat(specific.excludes("a")).isFalse();
  }

  @Test
  void buildkitFindsNothingToMatchInAMalformedFile(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve(".dockerignore"), "a\n!\n");
    assertThat(DockerIgnore.find(dir, "Dockerfile")).isEmpty();
  }
}
