package dev.dockwright.rules.buildkit;

import dev.dockwright.syntax.GoText;

/**
 * The Go string behaviours BuildKit's check messages depend on: {@code %q} quoting and the
 * rune-by-rune {@code strings.ToLower}/{@code ToUpper} (Java's locale-free case mapping can turn
 * one character into two, Go's never does).
 */
final class Go {

  private Go() {}

  /** Go's {@code strings.ToLower}. */
  static String toLower(String s) {
    return GoText.toLower(s);
  }

  /** Go's {@code strings.ToUpper}. */
  static String toUpper(String s) {
    return GoText.toUpper(s);
  }

  static boolean isLower(String s) {
    return s.equals(toLower(s));
  }

  static boolean isUpper(String s) {
    return s.equals(toUpper(s));
  }

  /** Go's {@code fmt.Sprintf("%q", s)} ({@code strconv.Quote}). */
  static String quote(String s) {
    return GoText.quote(s);
  }
}
