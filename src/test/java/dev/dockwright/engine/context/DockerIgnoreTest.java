package dev.dockwright.engine.context;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dockwright.io.UserException;
import java.util.List;
import org.junit.jupiter.api.Test;

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
    assertThat(DockerIgnore.parse(file)).extracting(DockerIgnore.Line::pattern).containsExactly(
        "# an indented hash is a pattern, not a comment",
        "leading/slash", "dot/slashes", "!spaced exception", "b", "/");
    assertThat(DockerIgnore.parse(file)).extracting(DockerIgnore.Line::number)
        .containsExactly(2, 5, 6, 7, 8, 9);
  }

  @Test
  void aByteOrderMarkOnlyCountsAtTheStart() {
    assertThat(DockerIgnore.parse("\uFEFF#c\n#d\n")).isEmpty();
  }

  @Test
  void aMalformedPatternIsReportedAtItsLine() {
    List<DockerIgnore.Line> lines = DockerIgnore.parse("ok\n\n*.py[\n");
    assertThatThrownBy(() -> DockerIgnore.matcher(lines, "ctx/.dockerignore"))
        .isInstanceOf(UserException.class)
        .hasMessage("ctx/.dockerignore:3:1: syntax error in pattern: *.py[");
  }
}
