package dev.dockwright.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.syntax.Dockerfile;
import dev.dockwright.syntax.DockerfileParser;
import dev.dockwright.syntax.Heredoc;
import org.junit.jupiter.api.Test;

class SourceMapTest {

  @Test
  void chompedHeredocCharactersKeepTheirSourceOffsets() {
    String text = "FROM alpine\nRUN <<-EOF\n\techo a\n\t\tb\nEOF\n";
    Dockerfile df = DockerfileParser.parse("Dockerfile", text).dockerfile();
    Heredoc h = df.instructions().get(1).heredocs().get(0);
    SourceMap map = SourceMap.chomped(df, h.body().startOffset(), h.content());
    String effective = h.effectiveContent();
    assertThat(effective).isEqualTo("echo a\nb\n");
    for (int i = 0; i < effective.length(); i++) {
      assertThat(text.charAt(map.sourceOffset(i))).as("char %d", i).isEqualTo(effective.charAt(i));
    }
    ShellSource script = DockerfileModel.of(DockerfileParser.parse("Dockerfile", text),
        ModelOptions.defaults()).stages().get(0).steps(RunStep.class).get(0).scripts().get(0);
    assertThat(script.map().range(7, 8).start().line()).isEqualTo(4); // "b"
  }
}
