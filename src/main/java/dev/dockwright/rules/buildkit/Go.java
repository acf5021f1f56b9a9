package dev.dockwright.rules.buildkit;

/**
 * The Go string behaviours BuildKit's check messages depend on: {@code %q} quoting and the
 * rune-by-rune {@code strings.ToLower}/{@code ToUpper} (Java's locale-free case mapping can turn
 * one character into two, Go's never does).
 */
final class Go {

  private Go() {}

  /** Go's {@code strings.ToLower}. */
  static String toLower(String s) {
    StringBuilder out = new StringBuilder(s.length());
    s.codePoints().forEach(cp -> out.appendCodePoint(Character.toLowerCase(cp)));
    return out.toString();
  }

  /** Go's {@code strings.ToUpper}. */
  static String toUpper(String s) {
    StringBuilder out = new StringBuilder(s.length());
    s.codePoints().forEach(cp -> out.appendCodePoint(Character.toUpperCase(cp)));
    return out.toString();
  }

  static boolean isLower(String s) {
    return s.equals(toLower(s));
  }

  static boolean isUpper(String s) {
    return s.equals(toUpper(s));
  }

  /** Go's {@code fmt.Sprintf("%q", s)} ({@code strconv.Quote}). */
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
