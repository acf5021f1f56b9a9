package dev.dockwright.syntax.expand;

/** The few Go string behaviours BuildKit's messages and splitting depend on. */
final class GoStrings {

  private GoStrings() {}

  /** Go's {@code string(rune)}: invalid code points (such as EOF, -1) become U+FFFD. */
  static String runeString(int cp) {
    return Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : "\uFFFD";
  }

  /** Go's {@code unicode.IsSpace}: Latin-1 spaces plus the Unicode White_Space characters. */
  static boolean isSpace(int cp) {
    if (cp <= 0xFF) {
      return cp == ' ' || (cp >= '\t' && cp <= '\r') || cp == 0x85 || cp == 0xA0;
    }
    return cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029
        || cp == 0x202F || cp == 0x205F || cp == 0x3000;
  }

  /** Go's {@code strconv.Quote}, used for the word in error messages. */
  static String quote(String s) {
    StringBuilder out = new StringBuilder(s.length() + 2).append('"');
    s.codePoints().forEach(cp -> {
      switch (cp) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case 0x07 -> out.append("\\a");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case 0x0B -> out.append("\\v");
        default -> {
          if (isPrint(cp)) {
            out.appendCodePoint(cp);
          } else if (cp < ' ' || cp == 0x7F) {
            out.append(String.format("\\x%02x", cp));
          } else if (cp < 0x10000) {
            out.append(String.format("\\u%04x", cp));
          } else {
            out.append(String.format("\\U%08x", cp));
          }
        }
      }
    });
    return out.append('"').toString();
  }

  private static boolean isPrint(int cp) {
    if (cp == ' ') {
      return true;
    }
    return switch (Character.getType(cp)) {
      case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
          Character.UNASSIGNED, Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR,
          Character.PARAGRAPH_SEPARATOR -> false;
      default -> true;
    };
  }
}
