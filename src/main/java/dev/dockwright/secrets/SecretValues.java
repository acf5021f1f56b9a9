package dev.dockwright.secrets;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whether a literal value could be a secret, and the verdict on a {@code NAME=value} pair: the one
 * answer for lint (DW2004, DW6003) and verify (image env and build history), so that a variable
 * the linter reports is the one verification fails on, and the other way round.
 */
public final class SecretValues {

  /** Shorter values are switches, levels or single characters, not credentials. */
  private static final int MIN_LENGTH = 4;

  /**
   * Values that cannot be a secret whatever the name says: references ({@code $VAR},
   * {@code ${VAR}}, {@code {{ var }}}, {@code %(var)s}, code that reads the environment),
   * switches, numbers, paths, URLs without credentials, the names of {@code *_FILE} variables and
   * fill-ins. A value that is just a word such as {@code password} is not a fill-in: it is the
   * default credential the image ships with.
   */
  private static final Pattern NOT_A_SECRET = Pattern.compile("(?i)"
      + "\\$.*|.*\\$[{(].*|.*\\{\\{.*|%\\(.*"
      + "|(os\\.environ|os\\.getenv|getenv|env\\(|process\\.env|settings\\.|self\\.).*"
      + "|true|false|yes|no|on|off|enabled?|disabled?|none|null|nil|unset"
      + "|-?\\d+(\\.\\d+)?"
      + "|[./~].*"
      + "|[a-z][a-z0-9+.-]*://[^@\\s]*"
      + "|[A-Z_][A-Z0-9_]*_(FILE|PATH)"
      + "|\\*+|x{3,}|dummy|test|testing|redacted|change[-_]?me|example.*");

  private SecretValues() {}

  /** A literal that could be a secret: not short, a reference, a switch, a number, a path or a fill-in. */
  public static boolean couldBeSecret(String value) {
    String v = value.strip();
    return v.length() >= MIN_LENGTH && !NOT_A_SECRET.matcher(v).matches()
        && Placeholders.find(v).isEmpty();
  }

  /**
   * What secret a {@code NAME=value} pair holds: the shape of a known credential in the value
   * (whatever the name), else {@link SecretKind#SECRET_NAMED_VALUE} for a secret name with a value
   * that could be one; empty for anything else.
   */
  public static Optional<SecretKind> kindOf(String name, String value) {
    List<SecretPatterns.Match> shapes = SecretPatterns.find(value, true);
    if (!shapes.isEmpty()) {
      return Optional.of(shapes.get(0).kind());
    }
    if (SecretNames.secretName(name) && couldBeSecret(value)) {
      return Optional.of(SecretKind.SECRET_NAMED_VALUE);
    }
    return Optional.empty();
  }
}
