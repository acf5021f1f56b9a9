package dev.dockwright.python;

import java.util.List;
import java.util.Optional;

/**
 * The CPython minors dockwright knows official {@code python:3.X-slim} images for, oldest first,
 * and the choice of one of them for a constraint.
 */
public final class PythonVersions {
  /** Known minors; the list is the only thing to edit when a new CPython comes out. */
  public static final List<String> KNOWN = List.of("3.9", "3.10", "3.11", "3.12", "3.13", "3.14");
  /** Minors past their end of life (security support over); still allowed, but said so. */
  public static final List<String> END_OF_LIFE = List.of("3.9");

  private PythonVersions() {}

  public static String newest() {
    return KNOWN.get(KNOWN.size() - 1);
  }

  /** The newest known minor that some release of which satisfies the constraint. */
  public static Optional<String> newestMatching(VersionConstraint c) {
    for (int i = KNOWN.size() - 1; i >= 0; i--) {
      String minor = KNOWN.get(i);
      if (c.allowsMinor(3, minorNumber(minor))) {
        return Optional.of(minor);
      }
    }
    return Optional.empty();
  }

  /** The minor named by a version such as {@code 3.11}, {@code 3.11.4} or {@code python-3.11.4}. */
  public static Optional<String> minorOf(String version) {
    String v = version.trim().replaceFirst("^(python|cpython|py)[-@]?", "");
    int[] n = VersionConstraint.numbers(v);
    if (n.length < 2 || n[0] != 3) {
      return Optional.empty();
    }
    return Optional.of(n[0] + "." + n[1]);
  }

  public static boolean isKnown(String minor) {
    return KNOWN.contains(minor);
  }

  private static int minorNumber(String known) {
    return Integer.parseInt(known.substring(known.indexOf('.') + 1));
  }
}
