package dev.dockwright.syntax.expand;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The variables visible to an expansion: a build stage's ARG and ENV scope, a test's fixed map.
 * Mirrors BuildKit's {@code shell.EnvGetter}: a name is either set (possibly to the empty string)
 * or unset, and the difference matters ({@code ${V-w}} vs {@code ${V:-w}}).
 */
public interface Env {

  /** The value of {@code name}, or {@code null} when it is unset. */
  String get(String name);

  /** The names as they were defined (for "did you mean" suggestions); may contain duplicates. */
  Collection<String> keys();

  /** No variable is set. */
  static Env empty() {
    return of(Map.of());
  }

  /** A fixed map with Unix (case-sensitive) name matching. */
  static Env of(Map<String, String> variables) {
    return of(variables, NameMatching.UNIX);
  }

  /** A fixed map; {@code matching} decides whether {@code $path} finds {@code PATH}. */
  static Env of(Map<String, String> variables, NameMatching matching) {
    Map<String, String> normalized = new LinkedHashMap<>();
    variables.forEach((k, v) -> normalized.put(matching.normalize(k), v));
    return new MapEnv(normalized, List.copyOf(variables.keySet()), matching);
  }

  /**
   * BuildKit's {@code EnvsFromSlice}: entries {@code NAME=value} split at the first {@code =}; an
   * entry without {@code =} sets the name to the empty string; a later duplicate wins.
   */
  static Env fromEntries(List<String> entries, NameMatching matching) {
    Map<String, String> normalized = new LinkedHashMap<>();
    List<String> keys = new java.util.ArrayList<>(entries.size());
    for (String entry : entries) {
      int eq = entry.indexOf('=');
      String key = eq < 0 ? entry : entry.substring(0, eq);
      String value = eq < 0 ? "" : entry.substring(eq + 1);
      keys.add(key);
      normalized.put(matching.normalize(key), value);
    }
    return new MapEnv(normalized, List.copyOf(keys), matching);
  }

  /** {@link #fromEntries(List, NameMatching)} with Unix name matching. */
  static Env fromEntries(List<String> entries) {
    return fromEntries(entries, NameMatching.UNIX);
  }
}
