package dev.dockwright.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * BuildKit's {@code extractBuilderFlags}: the leading words that start with {@code --} are flags,
 * until the first word that does not; quotes group characters (and are removed), the escape
 * character escapes the next character, and a bare {@code --} ends the flags and is dropped.
 *
 * <p>BuildKit walks bytes here, and we reproduce what that does: a non-ASCII character comes out
 * as the Latin-1 reading of its UTF-8 bytes (é becomes Ã©), and the bytes 0x85 and 0xA0 inside a
 * multi-byte character (NBSP is C2 A0) count as whitespace, ending the flag in mid-character. One
 * deviation: when such a byte is followed by more bytes of the same character, BuildKit's rest of
 * the line starts with those stray bytes (invalid UTF-8); ours starts at the next character.
 */
final class BuilderFlags {
  private BuilderFlags() {}

  /** A flag word; {@code equalsAt} is the logical index of its first {@code =}, or -1. */
  record FlagPiece(String text, int start, int end, int equalsAt) {}

  /** The flags and where the rest of the line starts ({@code -1}: nothing after the flags). */
  record Result(List<FlagPiece> flags, int restStart) {}

  private static final int SPACES = 0;
  private static final int WORD = 1;
  private static final int QUOTE = 2;

  static Result extract(String s, int from, int to, char escape) {
    List<FlagPiece> flags = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    int phase = SPACES;
    int quote = 0;
    boolean blankOk = false;
    int start = from;
    int equalsAt = -1;
    int pos = from;
    while (true) {
      int ch = pos != to ? WordSplitter.codePoint(s, pos, to) : 0;
      if (phase == SPACES) {
        if (pos == to) {
          break;
        }
        if (isSpace(ch)) {
          pos++;
          continue;
        }
        if (ch != '-' || pos + 1 == to || s.charAt(pos + 1) != '-') {
          return new Result(flags, pos);
        }
        phase = WORD;
        start = pos;
        equalsAt = -1;
      }
      if (pos == to) {
        String w = word.toString();
        if (!w.equals("--") && (blankOk || !w.isEmpty())) {
          flags.add(new FlagPiece(w, start, to, equalsAt));
        }
        break;
      }
      if (phase == WORD) {
        if (isSpace(ch)) {
          String w = word.toString();
          phase = SPACES;
          if (w.equals("--")) {
            return new Result(flags, pos);
          }
          if (blankOk || !w.isEmpty()) {
            flags.add(new FlagPiece(w, start, pos, equalsAt));
          }
          word.setLength(0);
          blankOk = false;
          pos++;
          continue;
        }
        if (ch == '\'' || ch == '"') {
          quote = ch;
          blankOk = true;
          phase = QUOTE;
          pos++;
          continue;
        }
      } else if (ch == quote) { // QUOTE
        phase = WORD;
        pos++;
        continue;
      }
      if (ch == escape) {
        if (pos + 1 == to) {
          phase = WORD; // an escape at the very end is dropped
          pos++;
          continue;
        }
        pos++;
        ch = WordSplitter.codePoint(s, pos, to);
      }
      if (ch == '=' && equalsAt < 0) {
        equalsAt = pos;
      }
      int next = pos + Character.charCount(ch);
      byte[] bytes = GoText.utf8(ch);
      int space = phase == WORD ? spaceByte(bytes) : -1;
      if (space < 0) {
        GoText.appendLatin1(word, bytes, bytes.length);
        pos = next;
        continue;
      }
      // BuildKit sees the byte 0x85 or 0xA0 inside this character as whitespace: the word ends
      // there, holding the character's earlier bytes.
      GoText.appendLatin1(word, bytes, space);
      flags.add(new FlagPiece(word.toString(), start, next, equalsAt));
      word.setLength(0);
      blankOk = false;
      phase = SPACES;
      for (int k = space + 1; k < bytes.length; k++) {
        if (!isSpaceByte(bytes[k])) {
          return new Result(flags, next); // BuildKit's rest starts mid-character; ours at the next one
        }
      }
      pos = next;
    }
    return new Result(flags, -1);
  }

  /** Go's {@code unicode.IsSpace(rune(b))} for an ASCII character (a whole byte). */
  private static boolean isSpace(int ch) {
    return ch < 0x80 && GoText.isSpace(ch);
  }

  /** Go's {@code unicode.IsSpace(rune(b))} for a byte of a multi-byte character. */
  private static boolean isSpaceByte(byte b) {
    return b == (byte) 0x85 || b == (byte) 0xA0;
  }

  /** Index of the first byte BuildKit takes for whitespace, or -1 (never 0: a lead byte). */
  static int spaceByte(byte[] bytes) {
    for (int k = 1; k < bytes.length; k++) {
      if (isSpaceByte(bytes[k])) {
        return k;
      }
    }
    return -1;
  }
}
