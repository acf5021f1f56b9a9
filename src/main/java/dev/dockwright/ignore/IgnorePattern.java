package dev.dockwright.ignore;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One compiled ignore pattern with the semantics of moby/patternmatcher, which the Docker CLI and
 * the Engine API's builder use for {@code .dockerignore}: {@code *} and {@code ?} stop at a slash,
 * {@code **} crosses any number of directories (including none), {@code [...]} is a character
 * class, a backslash escapes, and the pattern must match the whole path. Simple shapes are matched
 * without a regex, exactly as moby does, because their edge cases differ from the regex's (a
 * trailing {@code /**} does not match the directory itself; a leading {@code **}{@code /foo} matches
 * {@code foo}).
 *
 * @param text the cleaned pattern without its {@code !}
 * @param exclusion true for a {@code !} exception, which takes paths back in
 */
public record IgnorePattern(String text, boolean exclusion, Kind kind, Pattern regex) {

  /** moby's match types: the simple shapes are matched without a regex. */
  public enum Kind { EXACT, PREFIX, SUFFIX, REGEX }

  /** Characters a regex would treat specially but a path pattern takes literally. */
  private static final String ESCAPED = ".+()|{}$";

  /**
   * Compiles a pattern as {@code patternmatcher.New} does: trimmed, cleaned, {@code !} split off.
   *
   * @throws IllegalArgumentException with moby's wording when the pattern is malformed
   */
  static IgnorePattern compile(String raw) {
    String p = GoPaths.clean(raw.strip());
    boolean exclusion = false;
    if (p.charAt(0) == '!') {
      if (p.length() == 1) {
        throw new IllegalArgumentException("illegal exclusion pattern: \"!\"");
      }
      exclusion = true;
      p = p.substring(1);
    }
    validateSyntax(p);
    return translate(p, exclusion);
  }

  /** Whether the pattern matches {@code path} itself (slash-separated, context-relative). */
  public boolean matches(String path) {
    return switch (kind) {
      case EXACT -> path.equals(text);
      case PREFIX -> path.startsWith(text.substring(0, text.length() - 2));
      case SUFFIX -> {
        String suffix = text.substring(2);
        yield path.endsWith(suffix) || (suffix.startsWith("/") && path.equals(suffix.substring(1)));
      }
      case REGEX -> regex.matcher(path).matches();
    };
  }

  private static IgnorePattern translate(String p, boolean exclusion) {
    StringBuilder re = new StringBuilder("^");
    Kind kind = Kind.EXACT;
    int i = 0; // counts pattern tokens, as moby's loop does, to spot a leading "**"
    for (int pos = 0; pos < p.length(); i++) {
      char ch = p.charAt(pos++);
      if (ch == '*') {
        if (pos < p.length() && p.charAt(pos) == '*') {
          pos++;
          if (pos < p.length() && p.charAt(pos) == '/') {
            pos++; // "**/" is "**"
          }
          if (pos == p.length()) {
            if (kind == Kind.EXACT) {
              kind = Kind.PREFIX;
            } else {
              re.append(".*");
              kind = Kind.REGEX;
            }
          } else {
            re.append("(.*/)?");
            kind = Kind.REGEX;
          }
          if (i == 0) {
            kind = Kind.SUFFIX;
          }
        } else {
          re.append("[^/]*");
          kind = Kind.REGEX;
        }
      } else if (ch == '?') {
        re.append("[^/]");
        kind = Kind.REGEX;
      } else if (ESCAPED.indexOf(ch) >= 0) {
        // Not special in a path pattern; inside a class the escape is harmless.
        re.append('\\').append(ch);
      } else if (ch == '\\') {
        if (pos < p.length()) {
          re.append('\\').append(p.charAt(pos++));
          kind = Kind.REGEX;
        } else {
          re.append("\\\\");
        }
      } else if (ch == '[' || ch == ']') {
        re.append(ch);
        kind = Kind.REGEX;
      } else {
        re.append(ch);
      }
    }
    Pattern regex = null;
    if (kind == Kind.REGEX) {
      try {
        // UNIX_LINES: like Go's, the regex's "." stops only at '\n'.
        regex = Pattern.compile(GoRegex.toJava(re.append('$').toString()), Pattern.UNIX_LINES);
      } catch (PatternSyntaxException e) {
        throw new IllegalArgumentException("syntax error in pattern");
      }
    }
    return new IgnorePattern(p, exclusion, kind, regex);
  }

  /**
   * Go's {@code filepath.Match(pattern, ".")} error cases, which moby uses as its syntax check: a
   * class must close and hold at least one character or range, range ends may not be {@code -} or
   * {@code ]}, and a backslash must escape something.
   */
  private static void validateSyntax(String p) {
    int pos = 0;
    while (pos < p.length()) {
      char c = p.charAt(pos++);
      if (c == '\\') {
        if (pos >= p.length()) {
          throw badPattern();
        }
        pos++;
      } else if (c == '[') {
        if (pos < p.length() && p.charAt(pos) == '^') {
          pos++;
        }
        int ranges = 0;
        while (true) {
          if (pos < p.length() && p.charAt(pos) == ']' && ranges > 0) {
            pos++;
            break;
          }
          pos = classChar(p, pos);
          if (pos < p.length() && p.charAt(pos) == '-') {
            pos = classChar(p, pos + 1);
          }
          ranges++;
        }
      }
    }
  }

  /** One (possibly escaped) class character; returns the position after it. */
  private static int classChar(String p, int pos) {
    if (pos >= p.length() || p.charAt(pos) == '-' || p.charAt(pos) == ']') {
      throw badPattern();
    }
    if (p.charAt(pos) == '\\') {
      pos++;
      if (pos >= p.length()) {
        throw badPattern();
      }
    }
    return pos + 1;
  }

  private static IllegalArgumentException badPattern() {
    return new IllegalArgumentException("syntax error in pattern");
  }

  @Override
  public String toString() {
    return (exclusion ? "!" : "") + text;
  }
}
