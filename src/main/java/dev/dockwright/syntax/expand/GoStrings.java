package dev.dockwright.syntax.expand;

import dev.dockwright.syntax.GoText;

/** The few Go string behaviours BuildKit's messages and splitting depend on. */
final class GoStrings {

  private GoStrings() {}

  /** Go's {@code string(rune)}: invalid code points (such as EOF, -1) become U+FFFD. */
  static String runeString(int cp) {
    return Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : "\uFFFD";
  }

  /** Go's {@code unicode.IsSpace}. */
  static boolean isSpace(int cp) {
    return GoText.isSpace(cp);
  }

  /** Go's {@code strconv.Quote}, used for the word in error messages. */
  static String quote(String s) {
    return GoText.quote(s);
  }
}
