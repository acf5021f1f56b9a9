package dev.dockwright.syntax;

/**
 * The few Go standard-library text functions BuildKit's parser relies on, reproduced exactly so
 * our results match byte for byte: {@code unicode.IsSpace}, {@code strings.TrimSpace},
 * {@code strings.ToLower}/{@code ToUpper}, {@code string(rune)} and {@code strconv.Quote}. Shared by the parser, the
 * variable expander and the BuildKit checks, whose messages quote as Go's {@code %q} does.
 */
public final class GoText {
  private GoText() {}

  /** Go's {@code unicode.IsSpace}: Latin-1 spaces plus the Unicode White_Space property. */
  public static boolean isSpace(int c) {
    if (c < 0x100) {
      return c == ' ' || (c >= '\t' && c <= '\r') || c == 0x85 || c == 0xA0;
    }
    return c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029
        || c == 0x202F || c == 0x205F || c == 0x3000;
  }

  /** BuildKit's {@code reWhitespace} class {@code [\t\v\f\r ]}: ASCII blanks without newline. */
  static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == 0x0B || c == '\f' || c == '\r';
  }

  /** Index of the first non-{@link #isSpace} char in {@code [from, to)}, or {@code to}. */
  static int skipSpace(String s, int from, int to) {
    int i = from;
    while (i < to && isSpace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  /** End of {@code [from, to)} after dropping trailing {@link #isSpace} chars. */
  static int trimSpaceEnd(String s, int from, int to) {
    int i = to;
    while (i > from && isSpace(s.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  static String trimSpace(String s) {
    int a = skipSpace(s, 0, s.length());
    return s.substring(a, trimSpaceEnd(s, a, s.length()));
  }

  /** Go's {@code strings.ToLower}: simple per-code-point mapping (no locale, no special casing). */
  public static String toLower(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      int lower = Character.toLowerCase(cp);
      if (lower != cp && b == null) {
        b = new StringBuilder(s.length()).append(s, 0, i);
      }
      if (b != null) {
        b.appendCodePoint(lower);
      }
      i += Character.charCount(cp);
    }
    return b == null ? s : b.toString();
  }

  /** Go's {@code strings.ToUpper}: simple per-code-point mapping, never one rune to two. */
  public static String toUpper(String s) {
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints().forEach(cp -> b.appendCodePoint(Character.toUpperCase(cp)));
    return b.toString();
  }

  /** Go's {@code string(rune)}: invalid code points (such as EOF, -1) become U+FFFD. */
  public static String runeString(int cp) {
    return Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : "\uFFFD";
  }

  /** Go's {@code strconv.Quote}. Unpaired surrogates (impossible in Go) print as U+FFFD. */
  public static String quote(String s) {
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isSurrogate((char) cp) && cp < 0x10000) {
        cp = 0xFFFD;
      }
      appendQuoted(b, cp);
    }
    return b.append('"').toString();
  }

  private static void appendQuoted(StringBuilder b, int cp) {
    switch (cp) {
      case '"' -> b.append("\\\"");
      case '\\' -> b.append("\\\\");
      case 0x07 -> b.append("\\a");
      case '\b' -> b.append("\\b");
      case '\f' -> b.append("\\f");
      case '\n' -> b.append("\\n");
      case '\r' -> b.append("\\r");
      case '\t' -> b.append("\\t");
      case 0x0B -> b.append("\\v");
      default -> {
        if (isPrint(cp)) {
          b.appendCodePoint(cp);
        } else if (cp < ' ' || cp == 0x7F) {
          b.append("\\x").append(hex(cp, 2));
        } else if (cp < 0x10000) {
          b.append("\\u").append(hex(cp, 4));
        } else {
          b.append("\\U").append(hex(cp, 8));
        }
      }
    }
  }

  /** Go's {@code strconv.IsPrint}: letters, marks, numbers, punctuation, symbols, ASCII space. */
  static boolean isPrint(int cp) {
    if (cp < 0x80) {
      return cp >= 0x20 && cp < 0x7F;
    }
    return switch (Character.getType(cp)) {
      case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER, Character.OTHER_LETTER,
          Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK,
          Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER,
          Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION,
          Character.START_PUNCTUATION, Character.END_PUNCTUATION,
          Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
          Character.OTHER_PUNCTUATION,
          Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL,
          Character.OTHER_SYMBOL -> true;
      default -> false;
    };
  }

  private static String hex(int v, int digits) {
    String h = Integer.toHexString(v);
    return "0".repeat(Math.max(0, digits - h.length())) + h;
  }

  /** Number of UTF-8 bytes of {@code s[from, to)} (what BuildKit's line-length limit counts). */
  static int utf8Length(String s, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        n++;
      } else if (c < 0x800) {
        n += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
        n += 4;
        i++;
      } else {
        n += 3;
      }
    }
    return n;
  }

  /**
   * The UTF-8 bytes of a code point (an unpaired surrogate, impossible in Go, as U+FFFD). BuildKit's
   * flag scanner walks these bytes one at a time.
   */
  static byte[] utf8(int cp) {
    if (cp < 0x10000 && Character.isSurrogate((char) cp)) {
      cp = 0xFFFD;
    }
    return new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  /**
   * Appends what Go gets from {@code sb.WriteRune(rune(b))} for the first {@code count} bytes: the
   * Latin-1 reading of each byte (é, C3 A9, becomes Ã©).
   */
  static void appendLatin1(StringBuilder b, byte[] bytes, int count) {
    for (int i = 0; i < count; i++) {
      b.append((char) (bytes[i] & 0xFF));
    }
  }
}
