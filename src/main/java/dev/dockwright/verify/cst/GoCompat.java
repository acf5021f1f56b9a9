package dev.dockwright.verify.cst;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The two bits of Go behaviour CST files depend on: RE2 regexes (matched anywhere, as Go's
 * {@code MatchString}) and {@code os.Expand} variable substitution.
 */
final class GoCompat {
  private static final Map<String, String> POSIX_CLASSES = Map.ofEntries(
      Map.entry("[:alnum:]", "\\p{Alnum}"), Map.entry("[:alpha:]", "\\p{Alpha}"),
      Map.entry("[:ascii:]", "\\p{ASCII}"), Map.entry("[:blank:]", "\\p{Blank}"),
      Map.entry("[:cntrl:]", "\\p{Cntrl}"), Map.entry("[:digit:]", "\\p{Digit}"),
      Map.entry("[:graph:]", "\\p{Graph}"), Map.entry("[:lower:]", "\\p{Lower}"),
      Map.entry("[:print:]", "\\p{Print}"), Map.entry("[:punct:]", "\\p{Punct}"),
      Map.entry("[:space:]", "\\s"), Map.entry("[:upper:]", "\\p{Upper}"),
      Map.entry("[:word:]", "\\w"), Map.entry("[:xdigit:]", "\\p{XDigit}"));

  private GoCompat() {}

  /** Compiles an RE2 regex to a Java one; empty when it is not valid. */
  static Optional<Pattern> regex(String re2) {
    String java = re2.replace("(?P<", "(?<");
    for (var e : POSIX_CLASSES.entrySet()) java = java.replace(e.getKey(), e.getValue());
    try {
      return Optional.of(Pattern.compile(java));
    } catch (PatternSyntaxException e) {
      return Optional.empty();
    }
  }

  /** Go's {@code regexp.MatchString}: a match anywhere in the text. */
  static boolean matches(Pattern p, String text) {
    return p.matcher(text).find();
  }

  /**
   * Go's {@code os.Expand}: {@code $NAME} and {@code ${NAME}} replaced by their value (empty when
   * unset), a {@code $} not followed by a name left as is.
   */
  static String expand(String s, Map<String, String> env) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c != '$' || i + 1 >= s.length()) {
        out.append(c);
        i++;
        continue;
      }
      char next = s.charAt(i + 1);
      if (next == '{') {
        int close = s.indexOf('}', i + 2);
        if (close < 0) {
          i = s.length(); // Go eats a broken ${ to the end
        } else {
          String name = s.substring(i + 2, close);
          if (!name.isEmpty()) out.append(env.getOrDefault(name, ""));
          i = close + 1;
        }
      } else if ("*#$@!?-".indexOf(next) >= 0 || Character.isDigit(next)) {
        out.append(env.getOrDefault(String.valueOf(next), ""));
        i += 2;
      } else {
        Matcher m = NAME.matcher(s).region(i + 1, s.length());
        if (m.lookingAt()) {
          out.append(env.getOrDefault(m.group(), ""));
          i = m.end();
        } else {
          out.append('$');
          i++;
        }
      }
    }
    return out.toString();
  }

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_]+");
}
