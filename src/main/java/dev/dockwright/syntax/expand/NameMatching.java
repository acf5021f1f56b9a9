package dev.dockwright.syntax.expand;

/**
 * How variable names are compared: case-sensitively for Linux images, case-insensitively for
 * Windows images (BuildKit's {@code NormalizeEnvKey} upper-cases names on Windows).
 */
public enum NameMatching {
  UNIX,
  WINDOWS;

  /** The key under which {@code name} is stored and looked up. */
  public String normalize(String name) {
    if (this == UNIX) {
      return name;
    }
    // Go's strings.ToUpper maps rune by rune (no "ß" -> "SS" expansion), unlike String.toUpperCase.
    StringBuilder upper = new StringBuilder(name.length());
    name.codePoints().forEach(cp -> upper.appendCodePoint(Character.toUpperCase(cp)));
    return upper.toString();
  }
}
