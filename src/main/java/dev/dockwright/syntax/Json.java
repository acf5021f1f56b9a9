package dev.dockwright.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * The JSON that BuildKit reads with Go's {@code encoding/json}: exec-form arrays and the JSON
 * form of {@code DetectSyntax}. Strict like Go (no trailing commas, no comments, control
 * characters must be escaped, only whitespace after the value, at most 10000 levels of nesting);
 * iterative, so deep nesting cannot overflow the stack.
 */
final class Json {
  private Json() {}

  enum Status { STRINGS, NOT_STRINGS, INVALID }

  /** A parsed array: its string elements with their logical spans (quotes included). */
  record Array(Status status, List<Element> elements) {}

  /**
   * A decoded string element; {@code charStarts[i]} is where decoded character {@code i} begins
   * in the scanned text (one more entry: the closing quote).
   */
  record Element(String value, int start, int end, int[] charStarts) {}

  private static final int MAX_DEPTH = 10000; // Go's encoding/json limit

  /**
   * BuildKit's {@code parseJSON}: leading Unicode whitespace skipped, then the text must start
   * with {@code [} and be exactly one valid JSON array. {@link Status#INVALID} means "not JSON"
   * (BuildKit falls back to shell form); {@link Status#NOT_STRINGS} is BuildKit's error.
   */
  static Array stringArray(String s, int from, int to) {
    int i = GoText.skipSpace(s, from, to);
    if (i >= to || s.charAt(i) != '[') {
      return new Array(Status.INVALID, List.of());
    }
    int end = skipValue(s, i, to);
    if (end < 0 || skipWs(s, end, to) != to) {
      return new Array(Status.INVALID, List.of());
    }
    List<Element> elements = new ArrayList<>();
    boolean allStrings = true;
    i = skipWs(s, i + 1, to);
    while (s.charAt(i) != ']') {
      int elementEnd = skipValue(s, i, to);
      if (s.charAt(i) == '"') {
        StringBuilder value = new StringBuilder();
        Starts starts = new Starts();
        string(s, i, to, value, starts);
        starts.add(elementEnd - 1);
        elements.add(new Element(value.toString(), i, elementEnd, starts.toArray()));
      } else {
        allStrings = false;
      }
      i = skipWs(s, elementEnd, to);
      if (s.charAt(i) == ',') {
        i = skipWs(s, i + 1, to);
      }
    }
    return allStrings ? new Array(Status.STRINGS, elements) : new Array(Status.NOT_STRINGS, List.of());
  }

  /**
   * Go's {@code json.Unmarshal(text, &map[string]any)} followed by a lookup of {@code key}: the
   * member's value if the whole text is one JSON object whose {@code key} member (the last one,
   * as in Go) is a string; otherwise null.
   */
  static String objectStringMember(String s, String key) {
    int to = s.length();
    int i = skipWs(s, 0, to);
    if (i >= to || s.charAt(i) != '{') {
      return null;
    }
    int end = skipValue(s, i, to);
    if (end < 0 || skipWs(s, end, to) != to) {
      return null;
    }
    String found = null;
    i = skipWs(s, i + 1, to);
    while (s.charAt(i) != '}') {
      StringBuilder name = new StringBuilder();
      i = skipWs(s, string(s, i, to, name), to) + 1; // past ':'
      i = skipWs(s, i, to);
      int valueEnd = skipValue(s, i, to);
      if (name.toString().equals(key)) {
        StringBuilder value = null;
        if (s.charAt(i) == '"') {
          value = new StringBuilder();
          string(s, i, to, value);
        }
        found = value == null ? null : value.toString();
      }
      i = skipWs(s, valueEnd, to);
      if (s.charAt(i) == ',') {
        i = skipWs(s, i + 1, to);
      }
    }
    return found;
  }

  static int skipWs(String s, int i, int to) {
    while (i < to) {
      char c = s.charAt(i);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        break;
      }
      i++;
    }
    return i;
  }

  /** End of the JSON value starting at {@code i} (no leading whitespace), or -1 if invalid. */
  static int skipValue(String s, int i, int to) {
    StringBuilder open = new StringBuilder(); // stack of '[' and '{'
    while (true) {
      // a value starts at i
      if (i >= to) {
        return -1;
      }
      char c = s.charAt(i);
      if (c == '[' || c == '{') {
        if (open.length() >= MAX_DEPTH) {
          return -1;
        }
        open.append(c);
        i = skipWs(s, i + 1, to);
        if (i < to && s.charAt(i) == (c == '[' ? ']' : '}')) {
          open.setLength(open.length() - 1);
          i++;
        } else if (c == '{') {
          i = member(s, i, to);
          if (i < 0) {
            return -1;
          }
          continue;
        } else {
          continue;
        }
      } else if (c == '"') {
        i = string(s, i, to, null);
      } else if (c == 't') {
        i = literal(s, i, to, "true");
      } else if (c == 'f') {
        i = literal(s, i, to, "false");
      } else if (c == 'n') {
        i = literal(s, i, to, "null");
      } else {
        i = number(s, i, to);
      }
      // after a value: close containers or move to the next element
      while (true) {
        if (i < 0) {
          return -1;
        }
        if (open.length() == 0) {
          return i;
        }
        char container = open.charAt(open.length() - 1);
        i = skipWs(s, i, to);
        if (i >= to) {
          return -1;
        }
        char d = s.charAt(i);
        if (d == (container == '[' ? ']' : '}')) {
          open.setLength(open.length() - 1);
          i++;
        } else if (d == ',') {
          i = skipWs(s, i + 1, to);
          if (container == '{') {
            i = member(s, i, to);
          }
          break;
        } else {
          return -1;
        }
      }
      if (i < 0) {
        return -1;
      }
    }
  }

  /** Reads {@code "name" :} and whitespace, returning where the member's value starts. */
  private static int member(String s, int i, int to) {
    if (i >= to || s.charAt(i) != '"') {
      return -1;
    }
    i = string(s, i, to, null);
    if (i < 0) {
      return -1;
    }
    i = skipWs(s, i, to);
    if (i >= to || s.charAt(i) != ':') {
      return -1;
    }
    return skipWs(s, i + 1, to);
  }

  private static int literal(String s, int i, int to, String word) {
    return s.startsWith(word, i) && i + word.length() <= to ? i + word.length() : -1;
  }

  private static int number(String s, int i, int to) {
    if (i < to && s.charAt(i) == '-') {
      i++;
    }
    if (i >= to) {
      return -1;
    }
    if (s.charAt(i) == '0') {
      i++;
    } else if (s.charAt(i) >= '1' && s.charAt(i) <= '9') {
      i = digits(s, i, to);
    } else {
      return -1;
    }
    if (i < to && s.charAt(i) == '.') {
      int j = digits(s, i + 1, to);
      if (j == i + 1) {
        return -1;
      }
      i = j;
    }
    if (i < to && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
      i++;
      if (i < to && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
        i++;
      }
      int j = digits(s, i, to);
      if (j == i) {
        return -1;
      }
      i = j;
    }
    return i;
  }

  private static int digits(String s, int i, int to) {
    while (i < to && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      i++;
    }
    return i;
  }

  /**
   * Reads the string literal at {@code i}, decoding into {@code out} when given; returns the
   * index after the closing quote, or -1. Decoding follows Go: invalid surrogates become U+FFFD.
   */
  static int string(String s, int i, int to, StringBuilder out) {
    return string(s, i, to, out, null);
  }

  private static int string(String s, int i, int to, StringBuilder out, Starts starts) {
    i++; // opening quote
    while (i < to) {
      char c = s.charAt(i);
      if (starts != null) {
        starts.unit(i, out.length());
      }
      if (c == '"') {
        if (starts != null) {
          starts.flush(out.length());
        }
        return i + 1;
      }
      if (c < 0x20) {
        return -1;
      }
      if (c != '\\') {
        if (out != null) {
          out.append(Character.isSurrogate(c) && !pairAt(s, i, to) ? '\uFFFD' : c);
          if (Character.isHighSurrogate(c) && pairAt(s, i, to)) {
            out.append(s.charAt(++i));
          }
        }
        i++;
        continue;
      }
      if (i + 1 >= to) {
        return -1;
      }
      char e = s.charAt(i + 1);
      switch (e) {
        case '"', '\\', '/' -> append(out, e);
        case 'b' -> append(out, '\b');
        case 'f' -> append(out, '\f');
        case 'n' -> append(out, '\n');
        case 'r' -> append(out, '\r');
        case 't' -> append(out, '\t');
        case 'u' -> {
          int u = hex4(s, i + 2, to);
          if (u < 0) {
            return -1;
          }
          if (Character.isHighSurrogate((char) u)) {
            int low = s.startsWith("\\u", i + 6) ? hex4(s, i + 8, to) : -1;
            if (low >= 0 && Character.isLowSurrogate((char) low)) {
              append(out, (char) u);
              append(out, (char) low);
              i += 12;
              continue;
            }
            u = 0xFFFD;
          } else if (Character.isLowSurrogate((char) u)) {
            u = 0xFFFD;
          }
          append(out, (char) u);
          i += 6;
          continue;
        }
        default -> {
          return -1;
        }
      }
      i += 2;
    }
    return -1;
  }

  /** For each decoded character, the index where its source text (char, pair or escape) begins. */
  private static final class Starts {
    private int[] a = new int[16];
    private int n;
    private int unitStart;

    /** A source unit begins at {@code index}; {@code decoded} characters were output so far. */
    void unit(int index, int decoded) {
      flush(decoded);
      unitStart = index;
    }

    /** Characters output since the last unit began belong to it. */
    void flush(int decoded) {
      while (n < decoded) {
        add(unitStart);
      }
    }

    void add(int index) {
      if (n == a.length) {
        a = java.util.Arrays.copyOf(a, n * 2);
      }
      a[n++] = index;
    }

    int[] toArray() {
      return java.util.Arrays.copyOf(a, n);
    }
  }

  private static boolean pairAt(String s, int i, int to) {
    return Character.isHighSurrogate(s.charAt(i)) && i + 1 < to
        && Character.isLowSurrogate(s.charAt(i + 1));
  }

  private static void append(StringBuilder out, char c) {
    if (out != null) {
      out.append(c);
    }
  }

  private static int hex4(String s, int i, int to) {
    if (i + 4 > to) {
      return -1;
    }
    int v = 0;
    for (int k = i; k < i + 4; k++) {
      int d = Character.digit(s.charAt(k), 16);
      if (d < 0 || s.charAt(k) > 'f') {
        return -1;
      }
      v = v * 16 + d;
    }
    return v;
  }
}
