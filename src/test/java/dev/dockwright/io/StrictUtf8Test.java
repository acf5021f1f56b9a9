package dev.dockwright.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StrictUtf8Test {

  @Test
  void decodesUtf8AsIsBomIncluded() throws Exception {
    String text = "\uFEFFFROM a\r\nRUN é 🚀\n";
    assertThat(StrictUtf8.decode(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(text);
    assertThat(StrictUtf8.decode(new byte[0])).isEmpty();
  }

  @Test
  void malformedInputSaysWhereInCharactersAndWhichByte() {
    byte[] bytes = "a\nRUN é x".getBytes(StandardCharsets.UTF_8);
    bytes[bytes.length - 1] = (byte) 0xFF; // after "RUN é " on line 2: six characters, seven bytes
    StrictUtf8.Malformed e = catchThrowableOfType(StrictUtf8.Malformed.class, () -> StrictUtf8.decode(bytes));
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isEqualTo(7);
    assertThat(e.badByte()).isEqualTo(0xFF);
  }

  @Test
  void aTruncatedSequenceIsMalformedAtItsFirstByte() {
    byte[] bytes = {'R', 'U', 'N', ' ', (byte) 0xE2, (byte) 0x82};
    StrictUtf8.Malformed e = catchThrowableOfType(StrictUtf8.Malformed.class, () -> StrictUtf8.decode(bytes));
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.column()).isEqualTo(5);
    assertThat(e.badByte()).isEqualTo(0xE2);
  }
}
