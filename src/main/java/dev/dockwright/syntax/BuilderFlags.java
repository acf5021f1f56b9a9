package dev.dockwright.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * BuildKit's {@code extractBuilderFlags}: the leading words that start with {@code --} are flags,
 * until the first word that does not; quotes group characters (and are removed), the escape
 * character escapes the next character, and a bare {@code --} ends the flags and is dropped.
 *
 * <p>BuildKit walks bytes here. We walk characters and reproduce the visible effect on flag text
 * (non-ASCII characters come out as the Latin-1 reading of their UTF-8 bytes). One deviation:
 * BuildKit also treats the bytes 0x85 and 0xA0 inside a multi-byte character as whitespace and
 * splits the character; we keep characters whole.
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
      GoText.appendBytesAsLatin1(word, Character.isSurrogate((char) ch) && ch < 0x10000 ? 0xFFFD : ch);
      pos += Character.charCount(ch);
    }
    return new Result(flags, -1);
  }

  /** Go's {@code unicode.IsSpace(rune(b))} on a byte, for the characters we see whole. */
  private static boolean isSpace(int ch) {
    return ch < 0x80 && GoText.isSpace(ch);
  }
}
