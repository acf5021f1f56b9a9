package dev.dockwright.model;

import dev.dockwright.syntax.Flag;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A {@code RUN --mount=type=cache,target=/root/.cache/pip} option, split into its CSV fields.
 * A cache mount keeps a package manager's cache out of the image, so "clean your cache" rules
 * treat it as clean.
 *
 * @param type {@code bind} (the default), {@code cache}, {@code tmpfs}, {@code secret} or
 *     {@code ssh}
 * @param options every {@code key=value} field (a bare key such as {@code readonly} maps to
 *     {@code "true"}); {@code dst} and {@code destination} are read as {@code target}
 * @param flag the flag as written
 */
public record Mount(String type, Map<String, String> options, Flag flag) {

  public Mount {
    options = Map.copyOf(options);
  }

  /** Parses the flag value after variable expansion. */
  public static Mount parse(String value, Flag flag) {
    Map<String, String> options = new LinkedHashMap<>();
    for (String field : value.split(",")) {
      String f = field.strip();
      if (f.isEmpty()) {
        continue;
      }
      int eq = f.indexOf('=');
      String key = (eq < 0 ? f : f.substring(0, eq)).toLowerCase(java.util.Locale.ROOT);
      String v = eq < 0 ? "true" : unquote(f.substring(eq + 1));
      if (key.equals("dst") || key.equals("destination")) {
        key = "target";
      }
      if (key.equals("src")) {
        key = "source";
      }
      options.put(key, v);
    }
    return new Mount(options.getOrDefault("type", "bind"), options, flag);
  }

  private static String unquote(String s) {
    if (s.length() >= 2 && (s.charAt(0) == '"' || s.charAt(0) == '\'') && s.charAt(s.length() - 1) == s.charAt(0)) {
      return s.substring(1, s.length() - 1);
    }
    return s;
  }

  public Optional<String> target() {
    return Optional.ofNullable(options.get("target"));
  }

  /** The stage or image a bind/cache mount reads from ({@code from=builder}). */
  public Optional<String> from() {
    return Optional.ofNullable(options.get("from"));
  }

  public boolean isCache() {
    return type.equals("cache");
  }

  /** A cache or tmpfs mount at {@code path} (or an ancestor of it) keeps that path out of the image. */
  public boolean keepsOutOfImage(String path) {
    if (!isCache() && !type.equals("tmpfs")) {
      return false;
    }
    return target().map(t -> Paths.isUnder(path, t)).orElse(false);
  }
}
