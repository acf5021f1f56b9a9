package dev.dockwright.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * BuildKit's {@code parseWords}, used by ARG and by the {@code key=value} form of ENV and LABEL.
 * Unicode whitespace outside quotes separates words; quote characters stay in the word; the
 * escape character is kept together with the character after it (so an escaped quote or space
 * neither opens a quote nor ends the word), except inside single quotes where it is ordinary; an
 * escape character at the very end is dropped.
 */
final class WordSplitter {
  private WordSplitter() {}

  private static final int SPACES = 0;
  private static final int WORD = 1;
  private static final int QUOTE = 2;

  static List<Piece> split(String s, int from, int to, char escape) {
    List<Piece> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    int phase = SPACES;
    int quote = 0;
    boolean blankOk = false;
    int start = from;
    int pos = from;
    while (true) {
      int ch = 0;
      int width = 0;
      if (pos != to) {
        ch = codePoint(s, pos, to);
        width = Character.charCount(ch);
      }
      if (phase == SPACES) {
        if (pos == to) {
          break;
        }
        if (GoText.isSpace(ch)) {
          pos += width;
          continue;
        }
        phase = WORD;
        start = pos;
      }
      if (pos == to) {
        if (blankOk || word.length() > 0) {
          words.add(new Piece(word.toString(), start, to));
        }
        break;
      }
      if (phase == WORD) {
        if (GoText.isSpace(ch)) {
          phase = SPACES;
          if (blankOk || word.length() > 0) {
            words.add(new Piece(word.toString(), start, pos));
          }
          word.setLength(0);
          blankOk = false;
          pos += width;
          continue;
        }
        if (ch == '\'' || ch == '"') {
          quote = ch;
          blankOk = true;
          phase = QUOTE;
        }
        if (ch == escape) {
          if (pos + width == to) {
            pos += width;
            continue; // an escape at the very end is dropped
          }
          word.appendCodePoint(ch);
          pos += width;
          ch = codePoint(s, pos, to);
          width = Character.charCount(ch);
        }
        word.appendCodePoint(ch);
        pos += width;
        continue;
      }
      // QUOTE
      if (ch == quote) {
        phase = WORD;
      }
      if (ch == escape && quote != '\'') {
        if (pos + width == to) {
          phase = WORD;
          pos += width;
          continue;
        }
        pos += width;
        word.appendCodePoint(ch);
        ch = codePoint(s, pos, to);
        width = Character.charCount(ch);
      }
      word.appendCodePoint(ch);
      pos += width;
    }
    return words;
  }

  /** The code point at {@code i}, never reading a surrogate's partner from beyond {@code to}. */
  static int codePoint(String s, int i, int to) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
      return Character.toCodePoint(c, s.charAt(i + 1));
    }
    return c;
  }
}
