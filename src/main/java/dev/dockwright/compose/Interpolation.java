package dev.dockwright.compose;

import java.util.Map;
import java.util.Optional;

/**
 * Compose's variable interpolation, as far as the file itself decides it: {@code $$} is a literal
 * {@code $}; {@code ${VAR:-default}} and {@code ${VAR-default}} give the project's {@code .env}
 * value, else the default; {@code ${VAR}}, {@code $VAR} and the {@code :?} / {@code ?} / {@code :+}
 * forms give the {@code .env} value or nothing is known. The shell environment is deliberately not
 * read, so a lint gives the same answer on every machine.
 */
public final class Interpolation {

  private final Map<String, String> dotenv;

  public Interpolation(Map<String, String> dotenv) {
    this.dotenv = Map.copyOf(dotenv);
  }

  public static Interpolation none() {
    return new Interpolation(Map.of());
  }

  /** Whether a value refers to a variable at all. */
  public static boolean interpolates(String value) {
    return value.replace("$$", "").contains("$");
  }

  /** The value after interpolation; empty when it depends on a variable we cannot know. */
  public Optional<String> resolve(String value) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < value.length()) {
      char c = value.charAt(i);
      if (c != '$') {
        out.append(c);
        i++;
        continue;
      }
      if (i + 1 < value.length() && value.charAt(i + 1) == '$') {
        out.append('$');
        i += 2;
        continue;
      }
      if (i + 1 < value.length() && value.charAt(i + 1) == '{') {
        int close = matchingBrace(value, i + 1);
        if (close < 0) {
          return Optional.empty();
        }
        Optional<String> v = braced(value.substring(i + 2, close));
        if (v.isEmpty()) {
          return Optional.empty();
        }
        out.append(v.get());
        i = close + 1;
        continue;
      }
      int j = i + 1;
      while (j < value.length() && (Character.isLetterOrDigit(value.charAt(j)) || value.charAt(j) == '_')) {
        j++;
      }
      if (j == i + 1) {
        out.append('$');
        i++;
        continue;
      }
      String known = dotenv.get(value.substring(i + 1, j));
      if (known == null) {
        return Optional.empty();
      }
      out.append(known);
      i = j;
    }
    return Optional.of(out.toString());
  }

  private Optional<String> braced(String inner) {
    int k = 0;
    while (k < inner.length() && (Character.isLetterOrDigit(inner.charAt(k)) || inner.charAt(k) == '_')) {
      k++;
    }
    String name = inner.substring(0, k);
    String rest = inner.substring(k);
    String known = dotenv.get(name);
    if (rest.startsWith(":-") || rest.startsWith("-")) {
      String def = rest.substring(rest.startsWith(":-") ? 2 : 1);
      if (known != null && !(known.isEmpty() && rest.startsWith(":-"))) {
        return Optional.of(known);
      }
      return resolve(def);
    }
    if (rest.startsWith(":+") || rest.startsWith("+")) {
      if (known == null) {
        return Optional.empty();
      }
      boolean set = rest.startsWith(":+") ? !known.isEmpty() : true;
      return set ? resolve(rest.substring(rest.startsWith(":+") ? 2 : 1)) : Optional.of("");
    }
    return Optional.ofNullable(known);
  }

  private static int matchingBrace(String s, int open) {
    int depth = 0;
    for (int i = open; i < s.length(); i++) {
      if (s.charAt(i) == '{') {
        depth++;
      } else if (s.charAt(i) == '}' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }
}
