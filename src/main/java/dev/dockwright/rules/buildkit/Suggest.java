package dev.dockwright.rules.buildkit;

import java.util.Optional;

/**
 * BuildKit's "did you mean" search ({@code util/suggest}): the option closest to a value by
 * Levenshtein distance, if closer than 3 edits. An option equal to the value means the value was
 * not the problem, so nothing is suggested. The first option at the smallest distance wins.
 */
final class Suggest {

  private static final int MAX_DISTANCE = 3; // exclusive, as HCL

  private Suggest() {}

  static Optional<String> search(String value, Iterable<String> options, boolean caseSensitive) {
    String val = caseSensitive ? value : Go.toLower(value);
    String match = null;
    int best = MAX_DISTANCE;
    for (String option : options) {
      String opt = caseSensitive ? option : Go.toLower(option);
      if (val.equals(opt)) {
        return Optional.empty();
      }
      int distance = distance(val, opt);
      if (distance < best) {
        match = caseSensitive ? opt : matchCase(opt, value);
        best = distance;
      }
    }
    return Optional.ofNullable(match);
  }

  /** Levenshtein distance over code points, unit costs. */
  static int distance(String a, String b) {
    int[] x = a.codePoints().toArray();
    int[] y = b.codePoints().toArray();
    int[] previous = new int[y.length + 1];
    int[] current = new int[y.length + 1];
    for (int j = 0; j <= y.length; j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= x.length; i++) {
      current[0] = i;
      for (int j = 1; j <= y.length; j++) {
        int substitute = previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1);
        current[j] = Math.min(substitute, Math.min(previous[j] + 1, current[j - 1] + 1));
      }
      int[] t = previous;
      previous = current;
      current = t;
    }
    return previous[y.length];
  }

  private static String matchCase(String option, String original) {
    if (Go.isLower(original)) {
      return Go.toLower(option);
    }
    if (Go.isUpper(original)) {
      return Go.toUpper(option);
    }
    return option;
  }
}
