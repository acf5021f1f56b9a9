package dev.dockwright.ignore;

/**
 * Rewrites the Go (RE2) regexes that moby builds from ignore patterns into Java syntax. Moby feeds
 * a pattern's brackets straight into the regex, so the regex must be read as RE2 reads it: inside a
 * class {@code [} and {@code &} are literal (Java would nest or intersect), a {@code ]} right after
 * the opening bracket is literal, and {@code [:alpha:]} is a POSIX class.
 */
final class GoRegex {
  private GoRegex() {}

  static String toJava(String re2) {
    StringBuilder out = new StringBuilder(re2.length() + 8);
    int i = 0;
    int n = re2.length();
    while (i < n) {
      char c = re2.charAt(i);
      if (c == '\\' && i + 1 < n) {
        out.append(c).append(re2.charAt(i + 1));
        i += 2;
      } else if (c == '[') {
        i = copyClass(re2, i, out);
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  /** Copies the class starting at {@code start}; returns the index after its closing bracket. */
  private static int copyClass(String re2, int start, StringBuilder out) {
    int i = start + 1;
    int n = re2.length();
    out.append('[');
    if (i < n && re2.charAt(i) == '^') {
      out.append('^');
      i++;
    }
    boolean first = true;
    while (i < n) {
      char c = re2.charAt(i);
      if (c == ']' && !first) {
        out.append(']');
        return i + 1;
      }
      first = false;
      if (c == '\\' && i + 1 < n) {
        out.append(c).append(re2.charAt(i + 1));
        i += 2;
      } else if (c == '[' && re2.startsWith("[:", i)) {
        int close = re2.indexOf(":]", i + 2);
        String name = close < 0 ? null : posix(re2.substring(i + 2, close));
        if (name != null) {
          out.append(name);
          i = close + 2;
        } else {
          out.append("\\[");
          i++;
        }
      } else if (c == '[' || c == '&' || c == ']') {
        out.append('\\').append(c);
        i++;
      } else {
        out.append(c);
        i++;
      }
    }
    // Unclosed: leave it unbalanced so compiling fails, as RE2 would.
    return i;
  }

  private static String posix(String name) {
    return switch (name) {
      case "alnum" -> "\\p{Alnum}";
      case "alpha" -> "\\p{Alpha}";
      case "ascii" -> "\\p{ASCII}";
      case "blank" -> "\\p{Blank}";
      case "cntrl" -> "\\p{Cntrl}";
      case "digit" -> "\\p{Digit}";
      case "graph" -> "\\p{Graph}";
      case "lower" -> "\\p{Lower}";
      case "print" -> "\\p{Print}";
      case "punct" -> "\\p{Punct}";
      case "space" -> "\\s";
      case "upper" -> "\\p{Upper}";
      case "word" -> "\\w";
      case "xdigit" -> "\\p{XDigit}";
      default -> null;
    };
  }
}
