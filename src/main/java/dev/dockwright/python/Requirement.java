package dev.dockwright.python;

import java.util.List;
import java.util.Locale;

/**
 * A PEP 508 dependency specifier: {@code name[extra,...] specifier ; marker} or
 * {@code name[extra] @ url ; marker}. Empty strings stand for absent parts.
 */
public record Requirement(String name, List<String> extras, String specifier, String url,
    String marker) {

  public Requirement {
    extras = List.copyOf(extras);
  }

  /** The PEP 503 normalised name: lower case, runs of {@code -_.} as one {@code -}. */
  public String normalizedName() {
    return normalize(name);
  }

  public static String normalize(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[-_.]+", "-");
  }

  /** Parses one PEP 508 string; throws {@link Pep508.SyntaxError} with a column on bad input. */
  public static Requirement parse(String text) {
    return Pep508.parse(text);
  }
}
