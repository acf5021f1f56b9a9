package dev.dockwright.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds heredoc markers ({@code <<EOF}, {@code <<-'EOF'}, {@code 3<<EOF}) the way BuildKit does:
 * the whole logical line is split into shell words (quotes and escapes kept), and each word is
 * matched against {@code ^(\d*)<<(-?)\s*([^<]*)$}; the delimiter part must lex to exactly one
 * word. If any part of the delimiter is quoted, the body is not expanded.
 */
final class HeredocMarkers {
  private HeredocMarkers() {}

  /** A marker found in a line; {@code start}/{@code end} index the line. */
  record Marker(String word, String name, long fileDescriptor, boolean expand, boolean chomp,
      int start, int end) {}

  /** Either markers (possibly none) or BuildKit's error message. */
  record Found(List<Marker> markers, String error) {}

  // Go's \d and \s are ASCII classes; \z because Java's $ also matches before a final newline.
  private static final Pattern MARKER = Pattern.compile("^([0-9]*)<<(-?)[\\t\\n\\f\\r ]*([^<]*)\\z");

  /** BuildKit's {@code heredocsFromLine}: a lexing failure of the whole line means no heredocs. */
  static Found fromLine(String line) {
    List<Piece> words;
    try {
      words = HeredocLexer.words(line, 0, line.length(), true, true);
    } catch (HeredocLexer.LexError e) {
      return new Found(List.of(), null);
    }
    List<Marker> markers = new ArrayList<>();
    for (Piece w : words) {
      try {
        Marker m = parse(w.value(), w.start(), w.end());
        if (m != null) {
          markers.add(m);
        }
      } catch (HeredocLexer.LexError e) {
        return new Found(List.of(), e.getMessage());
      }
    }
    return new Found(markers, null);
  }

  /** BuildKit's {@code ParseHeredoc} on one word: null when it is not a heredoc marker. */
  static Marker parse(String word, int start, int end) throws HeredocLexer.LexError {
    Matcher m = MARKER.matcher(word);
    if (!m.find()) {
      return null;
    }
    long fd;
    try {
      fd = Long.parseUnsignedLong(m.group(1));
    } catch (NumberFormatException e) {
      fd = 0; // Go ignores the ParseUint error (empty or out of range)
    }
    boolean chomp = m.group(2).equals("-");
    String rest = m.group(3);
    if (rest.isEmpty()) {
      return null;
    }
    List<Piece> plain = HeredocLexer.words(rest, 0, rest.length(), false, false);
    if (plain.size() != 1) {
      return null;
    }
    List<Piece> raw = HeredocLexer.words(rest, 0, rest.length(), true, false);
    if (raw.size() != plain.size()) {
      throw new HeredocLexer.LexError(
          "internal lexing of heredoc produced inconsistent results: " + rest);
    }
    String name = plain.get(0).value();
    boolean expand = quotes(name) == quotes(raw.get(0).value());
    return new Marker(word, name, fd, expand, chomp, start, end);
  }

  private static int quotes(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == '\'' || s.charAt(i) == '"') {
        n++;
      }
    }
    return n;
  }
}
