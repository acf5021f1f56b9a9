package dev.dockwright.syntax;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * BuildKit's parser directives: {@code # key=value} lines with key {@code syntax}, {@code escape}
 * or {@code check}, valid only in the leading block of comment lines. Also {@code DetectSyntax},
 * which the BuildKit frontend uses to pick the Dockerfile frontend image (it accepts
 * {@code // syntax=} lines and a JSON object too).
 */
public final class Directives {
  private Directives() {}

  static final Set<String> KNOWN = Set.of("syntax", "escape", "check");

  /** A directive line's key and value, as indices into the scanned string. */
  record Line(String name, String value, int nameStart, int nameEnd, int valueStart, int valueEnd) {}

  /**
   * Matches {@code s[from, to)} (one line, leading whitespace already removed, no line end)
   * against BuildKit's {@code <prefix>\s*([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$} with a known
   * key; null if it is not a directive. Like BuildKit, a value of only blanks is its last blank.
   */
  static Line parseLine(String s, int from, int to, String prefix) {
    if (!s.startsWith(prefix, from) || from + prefix.length() > to) {
      return null;
    }
    int i = GoText.skipSpace(s, from + prefix.length(), to);
    int nameStart = i;
    if (i >= to || !isAsciiLetter(s.charAt(i))) {
      return null;
    }
    while (i < to && (isAsciiLetter(s.charAt(i)) || (s.charAt(i) >= '0' && s.charAt(i) <= '9'))) {
      i++;
    }
    int nameEnd = i;
    while (i < to && isReSpace(s.charAt(i))) {
      i++;
    }
    if (i >= to || s.charAt(i) != '=') {
      return null;
    }
    i++;
    if (i >= to) {
      return null;
    }
    int vs = i;
    while (vs < to && isReSpace(s.charAt(vs))) {
      vs++;
    }
    int ve = to;
    while (ve > vs && isReSpace(s.charAt(ve - 1))) {
      ve--;
    }
    if (vs == ve) {
      vs = to - 1;
      ve = to;
    }
    String name = s.substring(nameStart, nameEnd).toLowerCase(Locale.ROOT);
    if (!KNOWN.contains(name)) {
      return null;
    }
    return new Line(name, s.substring(vs, ve), nameStart, nameEnd, vs, ve);
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** Go RE2's {@code \s}: {@code [\t\n\f\r ]}. */
  private static boolean isReSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
  }

  /** A directive found by {@link #detectSyntax} or {@link #find}. */
  public record Found(String ref, String cmdline, int line) {}

  /** A directive from {@link #parseAll}, with its 1-based line. */
  record Parsed(String name, String value, int line) {}

  /** Thrown by {@link #parseAll} for a repeated directive. */
  record ParseAll(List<Parsed> directives, String error) {}

  /**
   * BuildKit's {@code DirectiveParser.ParseAll}: directives of the leading block; stops at the
   * first line that is not one; a repeated key is an error.
   */
  static ParseAll parseAll(String text, String prefix, int firstLine) {
    List<Parsed> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int line = firstLine;
    int pos = 0;
    while (pos < text.length()) {
      int nl = text.indexOf('\n', pos);
      int end = nl < 0 ? text.length() : nl;
      int contentEnd = end > pos && text.charAt(end - 1) == '\r' ? end - 1 : end; // bufio.ScanLines
      line++;
      Line d = parseLine(text, pos, contentEnd, prefix);
      if (d == null) {
        break;
      }
      if (!seen.add(d.name())) {
        return new ParseAll(out, "only one " + d.name() + " parser directive can be used");
      }
      out.add(new Parsed(d.name(), d.value(), line));
      pos = nl < 0 ? text.length() : nl + 1;
    }
    return new ParseAll(out, null);
  }

  /**
   * BuildKit's {@code DetectSyntax}: the {@code # syntax=} directive, else a {@code // syntax=}
   * directive, else the {@code syntax} string of a JSON object; a BOM and a {@code #!} first line
   * are skipped (the shebang still counts for line numbers). {@code ref} is the value up to the
   * first space, {@code cmdline} the whole value.
   */
  public static Optional<Found> detectSyntax(String text) {
    return detect("syntax", text, true);
  }

  /** BuildKit's {@code ParseDirective(key, text)}: like {@link #detectSyntax}, {@code #} form only. */
  public static Optional<Found> find(String key, String text) {
    return detect(key, text, false);
  }

  private static Optional<Found> detect(String key, String text, boolean anyFormat) {
    String dt = text.startsWith("\uFEFF") ? text.substring(1) : text;
    int line = 0;
    int nl = dt.indexOf('\n');
    String first = nl < 0 ? dt : dt.substring(0, nl);
    if (first.startsWith("#!")) {
      dt = nl < 0 ? "" : dt.substring(nl + 1);
      line = 1;
    }
    for (String prefix : anyFormat ? List.of("#", "//") : List.of("#")) {
      for (Parsed p : parseAll(dt, prefix, line).directives()) {
        if (p.name().equals(key)) {
          int sp = p.value().indexOf(' ');
          return Optional.of(new Found(sp < 0 ? p.value() : p.value().substring(0, sp), p.value(), p.line()));
        }
      }
    }
    if (anyFormat) {
      String v = Json.objectStringMember(dt, key);
      if (v != null) {
        return Optional.of(new Found(v, v, line));
      }
    }
    return Optional.empty();
  }
}
