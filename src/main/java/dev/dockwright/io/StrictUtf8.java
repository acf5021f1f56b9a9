package dev.dockwright.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes bytes as UTF-8 without replacing anything: input that is not UTF-8 is an error that
 * says where, because reading a mis-decoded file would report on text that is not there.
 */
public final class StrictUtf8 {
  private StrictUtf8() {}

  /**
   * Where the input stops being UTF-8.
   *
   * @param line 1-based
   * @param column 1-based, in characters
   * @param badByte the first byte that does not decode
   */
  public static final class Malformed extends Exception {
    private final int line;
    private final int column;
    private final int badByte;

    Malformed(int line, int column, int badByte) {
      super("not UTF-8 at " + line + ":" + column, null, false, false);
      this.line = line;
      this.column = column;
      this.badByte = badByte;
    }

    public int line() {
      return line;
    }

    public int column() {
      return column;
    }

    public int badByte() {
      return badByte;
    }
  }

  /** The text of {@code bytes}; a malformed or unmappable sequence throws. */
  public static String decode(byte[] bytes) throws Malformed {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int offset = in.position();
      throw new Malformed(lineAt(bytes, offset), columnAt(bytes, offset), bytes[offset] & 0xFF);
    }
    decoder.flush(out);
    return out.flip().toString();
  }

  /** The 1-based line of the byte at {@code offset}. */
  public static int lineAt(byte[] bytes, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }

  /** The 1-based column, in characters, of the byte at {@code offset}. */
  public static int columnAt(byte[] bytes, int offset) {
    int lineStart = offset;
    while (lineStart > 0 && bytes[lineStart - 1] != '\n') {
      lineStart--;
    }
    return 1 + new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8).length();
  }
}
