package dev.dockwright.syntax.expand;

import dev.dockwright.syntax.GoText;
import java.util.Arrays;

/**
 * The shell wildcard patterns of {@code ${V#p}}, {@code ${V%p}} and {@code ${V/p/r}}: {@code *}
 * (any run of characters), {@code ?} (one character), {@code \*} {@code \?} {@code \\} (literal),
 * no bracket expressions.
 *
 * <p>BuildKit converts a pattern to a Go regular expression ({@link #toGoRegex}) and uses Go's
 * leftmost-first matching. Here the pattern is matched directly with a dynamic program that gives
 * the same match as a backtracking search would (each sub-match has one answer, independent of how
 * it was reached), in time linear in pattern × value: no regular-expression blow-up on hostile
 * input. As in Go, a wildcard never matches a newline.
 */
final class ShellPattern {

  private static final int STAR = -2;
  private static final int ANY = -3;

  /** Literal code points, {@link #STAR} or {@link #ANY}. */
  private final int[] tokens;

  private ShellPattern(int[] tokens) {
    this.tokens = tokens;
  }

  /** Parses {@code pattern}; the message of the error is BuildKit's. */
  static ShellPattern parse(String pattern) throws ShellWord.LexError {
    int[] cps = pattern.codePoints().toArray();
    int[] out = new int[cps.length];
    int n = 0;
    int i = cps.length > 0 && cps[0] == '\uFEFF' ? 1 : 0; // Go's scanner drops a leading BOM
    while (i < cps.length) {
      int tok = cps[i++];
      switch (tok) {
        case '*' -> out[n++] = STAR;
        case '?' -> out[n++] = ANY;
        case '\\' -> {
          int following = i < cps.length ? cps[i] : ShellWord.EOF;
          if (following == '}' || following == '/') {
            continue; // escaped to get through ${...}; the backslash is not part of the pattern
          }
          i++;
          if (following != '*' && following != '?' && following != '\\') {
            throw new ShellWord.LexError("invalid escape '\\" + GoText.runeString(following) + "'");
          }
          out[n++] = following;
        }
        default -> out[n++] = tok;
      }
    }
    return new ShellPattern(Arrays.copyOf(out, n));
  }

  /** The Go regular expression BuildKit builds for this pattern (for tests and messages). */
  String toGoRegex(boolean greedy, boolean anchored) {
    StringBuilder out = new StringBuilder();
    if (anchored) {
      out.append('^');
    }
    for (int tok : tokens) {
      if (tok == STAR) {
        out.append(greedy ? ".*" : ".*?");
      } else if (tok == ANY) {
        out.append('.');
      } else {
        if ("*?\\[]{}.+()|^$".indexOf(tok) >= 0) {
          out.append('\\');
        }
        out.appendCodePoint(tok);
      }
    }
    return out.toString();
  }

  /**
   * For every start index of {@code value}, the end of the match starting there (or -1), choosing
   * among candidate matches as Go's leftmost-first search does.
   */
  private int[] matchEnds(int[] value, boolean greedy) {
    int len = value.length;
    int[] next = new int[len + 1];
    for (int v = 0; v <= len; v++) {
      next[v] = v; // the empty rest of the pattern matches right where it is
    }
    int[] cur = new int[len + 1];
    for (int p = tokens.length - 1; p >= 0; p--) {
      int tok = tokens[p];
      if (tok == STAR) {
        // Candidates for a star at v: v..runEnd, where runEnd is the next newline or the end.
        // Greedy prefers the last candidate whose rest matches, lazy the first.
        int chosen = -1;
        for (int v = len; v >= 0; v--) {
          boolean boundary = v == len || value[v] == '\n';
          boolean restMatches = next[v] >= 0;
          if (boundary) {
            chosen = restMatches ? v : -1;
          } else if (!greedy || chosen < 0) {
            chosen = restMatches ? v : chosen;
          }
          cur[v] = chosen >= 0 ? next[chosen] : -1;
        }
      } else {
        for (int v = 0; v <= len; v++) {
          boolean one = v < len && (tok == ANY ? value[v] != '\n' : value[v] == tok);
          cur[v] = one ? next[v + 1] : -1;
        }
      }
      int[] swap = next;
      next = cur;
      cur = swap;
    }
    return next;
  }

  /** {@code ${V#p}} / {@code ${V##p}}: remove the shortest / longest matching prefix. */
  static String trimPrefix(String pattern, String value, boolean greedy) throws ShellWord.LexError {
    ShellPattern compiled = parseForSubstitution(pattern);
    int[] cps = value.codePoints().toArray();
    int end = compiled.matchEnds(cps, greedy)[0];
    return end < 0 ? value : new String(cps, end, cps.length - end);
  }

  /**
   * {@code ${V%p}} / {@code ${V%%p}}: remove the shortest / longest matching suffix. Like BuildKit,
   * by reversing pattern and value and trimming a prefix.
   */
  static String trimSuffix(String pattern, String value, boolean greedy) throws ShellWord.LexError {
    return reverseString(trimPrefix(reversePattern(pattern), reverseString(value), greedy));
  }

  /** {@code ${V/p/r}} (first match) and {@code ${V//p/r}} (every match, Go's ReplaceAllString). */
  static String replace(String pattern, String value, String replacement, boolean all)
      throws ShellWord.LexError {
    ShellPattern compiled = parseForSubstitution(pattern);
    int[] cps = value.codePoints().toArray();
    int[] ends = compiled.matchEnds(cps, true);
    if (!all) {
      int start = firstMatch(ends, 0);
      if (start < 0) {
        return value;
      }
      return new String(cps, 0, start) + replacement
          + new String(cps, ends[start], cps.length - ends[start]);
    }
    StringBuilder out = new StringBuilder();
    int lastMatchEnd = 0;
    int searchPos = 0;
    while (searchPos <= cps.length) {
      int start = firstMatch(ends, searchPos);
      if (start < 0) {
        break;
      }
      int end = ends[start];
      out.append(new String(cps, lastMatchEnd, start - lastMatchEnd));
      // Go: no replacement for an empty match right after the previous match.
      if (end > lastMatchEnd || start == 0) {
        expandTemplate(out, replacement, new String(cps, start, end - start));
      }
      lastMatchEnd = end;
      int width = searchPos < cps.length ? 1 : 0;
      if (searchPos + width > end) {
        searchPos += width;
      } else if (searchPos + 1 > end) {
        searchPos++;
      } else {
        searchPos = end;
      }
    }
    out.append(new String(cps, lastMatchEnd, cps.length - lastMatchEnd));
    return out.toString();
  }

  private static ShellPattern parseForSubstitution(String pattern) throws ShellWord.LexError {
    try {
      return parse(pattern);
    } catch (ShellWord.LexError e) {
      throw new ShellWord.LexError(
          "invalid pattern (" + pattern + ") in substitution: " + e.getMessage());
    }
  }

  private static int firstMatch(int[] ends, int from) {
    for (int s = from; s < ends.length; s++) {
      if (ends[s] >= 0) {
        return s;
      }
    }
    return -1;
  }

  /**
   * Go's {@code Regexp.Expand} as used by ReplaceAllString: {@code $$} is a dollar, {@code $0} /
   * {@code ${0}} the match, any other {@code $name} empty (the pattern has no groups), and a
   * malformed reference is kept as text.
   */
  private static void expandTemplate(StringBuilder out, String template, String match) {
    int i = 0;
    int n = template.length();
    while (i < n) {
      int dollar = template.indexOf('$', i);
      if (dollar < 0) {
        break;
      }
      out.append(template, i, dollar);
      i = dollar + 1;
      if (i < n && template.charAt(i) == '$') {
        out.append('$');
        i++;
        continue;
      }
      boolean brace = i < n && template.charAt(i) == '{';
      int nameStart = brace ? i + 1 : i;
      int nameEnd = nameStart;
      while (nameEnd < n) {
        int cp = template.codePointAt(nameEnd);
        if (!Character.isLetter(cp) && !Character.isDigit(cp) && cp != '_') {
          break;
        }
        nameEnd += Character.charCount(cp);
      }
      boolean ok = nameEnd > nameStart && (!brace || (nameEnd < n && template.charAt(nameEnd) == '}'));
      if (!ok) {
        out.append('$');
        continue;
      }
      if (template.substring(nameStart, nameEnd).equals("0")) {
        out.append(match);
      }
      i = brace ? nameEnd + 1 : nameEnd;
    }
    out.append(template, Math.min(i, n), n);
  }

  /** Reverses a pattern, keeping each backslash escape in front of the character it escapes. */
  static String reversePattern(String pattern) {
    int[] in = pattern.codePoints().toArray();
    int[] out = new int[in.length];
    int last = in.length - 1;
    int i = 0;
    while (i <= last) {
      int outIdx = last - i;
      if (in[i] == '\\' && i != last) {
        out[outIdx - 1] = '\\';
        out[outIdx] = in[i + 1];
        i += 2;
      } else {
        out[outIdx] = in[i];
        i++;
      }
    }
    return new String(out, 0, out.length);
  }

  /** Reverses by code point. */
  static String reverseString(String s) {
    int[] cps = s.codePoints().toArray();
    for (int i = 0, j = cps.length - 1; i < j; i++, j--) {
      int t = cps[i];
      cps[i] = cps[j];
      cps[j] = t;
    }
    return new String(cps, 0, cps.length);
  }
}
