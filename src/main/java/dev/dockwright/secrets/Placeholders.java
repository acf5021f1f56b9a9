package dev.dockwright.secrets;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Template fill-ins left in a value ({@code your-org}, {@code changeme}, {@code <domain>},
 * {@code TODO}). One list for two readers: the placeholder rule (DW2003) reports them, and the
 * secret heuristics ({@link SecretValues}) do not count them as secrets, so a value is reported
 * by one of the two, never both.
 */
public final class Placeholders {

  /** Placeholders, case-insensitive. */
  private static final Pattern PLACEHOLDER = Pattern.compile("(?i)(?<![a-z0-9])("
      + "your[-_.]?(user[-_]?name|username|user|name|org|organi[sz]ation|company|email|e-mail"
      + "|domain|repo|repository|project|app|team|github|api[-_]?key|key|token|password|secret"
      + "|host|server|bucket|account|id|image|registry|namespace|handle)"
      + "|change[-_]?me|change[-_]?this|replace[-_]?me|replace[-_]with|insert[-_]here"
      + "|example\\.(com|org|net)|placeholder"
      + ")(?![a-z0-9])");

  /** Markers only meant in capitals (a "todo" app is fine). */
  private static final Pattern MARKER = Pattern.compile("(?<![A-Za-z0-9])(TODO|FIXME|TBD|XXX)(?![A-Za-z0-9])");

  /**
   * A whole value that is a fill-in: {@code <name>}, {@code xxxxx}, {@code ...}, {@code YOUR SLACK
   * TOKEN}, {@code your_api_key} (a sentence such as "Your order is ready" is not).
   */
  private static final Pattern WHOLE =
      Pattern.compile("<[^<>]+>|x{4,}|X{4,}|\\.\\.\\.|YOUR[\\s_-].+|your[_-].+");

  private Placeholders() {}

  /** The placeholder text in a value, if it has one. */
  public static Optional<String> find(String value) {
    String v = value.strip();
    if (WHOLE.matcher(v).matches()) {
      return Optional.of(v);
    }
    Matcher m = PLACEHOLDER.matcher(v);
    if (m.find()) {
      return Optional.of(m.group(1));
    }
    Matcher marker = MARKER.matcher(v);
    return marker.find() ? Optional.of(marker.group(1)) : Optional.empty();
  }
}
