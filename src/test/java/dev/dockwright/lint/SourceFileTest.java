package dev.dockwright.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SourceFileTest {

  @Test
  void decodesUtf8KeepingBomAndLineEndings() {
    byte[] bytes = "\uFEFFFROM a\r\nRUN é 🚀\n".getBytes(StandardCharsets.UTF_8);
    assertThat(SourceFile.decode(bytes, "f")).isEqualTo("\uFEFFFROM a\r\nRUN é 🚀\n");
  }

  @Test
  void rejectsNulAndMalformedUtf8WithPositions() {
    assertThatThrownBy(() -> SourceFile.decode(new byte[] {'a', '\n', 'b', 'c', 0}, "f"))
        .hasMessage("f:2:3: binary file (NUL byte), not a Dockerfile");
    byte[] truncated = {'R', 'U', 'N', ' ', (byte) 0xE2, (byte) 0x82};
    assertThatThrownBy(() -> SourceFile.decode(truncated, "f"))
        .hasMessage("f:1:5: not valid UTF-8 text");
    byte[] overlong = {(byte) 'x', (byte) 0xC0, (byte) 0xAF};
    assertThatThrownBy(() -> SourceFile.decode(overlong, "f"))
        .hasMessage("f:1:2: not valid UTF-8 text");
    byte[] surrogate = {(byte) 0xED, (byte) 0xA0, (byte) 0x80};
    assertThatThrownBy(() -> SourceFile.decode(surrogate, "f"))
        .hasMessage("f:1:1: not valid UTF-8 text");
  }
}
