package dev.dockwright.verify.spec;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as Docker and Go write them: {@code 30s}, {@code 500ms}, {@code 1m30s}, {@code 1.5s},
 * {@code 2h}. A bare number is refused: seconds or milliseconds would be a guess.
 */
public final class Durations {
  private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s|m|h)");
  private static final Pattern WHOLE = Pattern.compile("(?:\\d+(?:\\.\\d+)?(?:ms|s|m|h))+");

  private Durations() {}

  public static Optional<Duration> parse(String text) {
    String t = text.trim();
    if (!WHOLE.matcher(t).matches()) return Optional.empty();
    BigDecimal nanos = BigDecimal.ZERO;
    Matcher m = PART.matcher(t);
    while (m.find()) {
      long unit = switch (m.group(2)) {
        case "ms" -> 1_000_000L;
        case "s" -> 1_000_000_000L;
        case "m" -> 60_000_000_000L;
        default -> 3_600_000_000_000L;
      };
      nanos = nanos.add(new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(unit)));
    }
    return Optional.of(Duration.ofNanos(nanos.longValue()));
  }

  /** Short human form: {@code 850ms}, {@code 2.4s}, {@code 1m30s}. */
  public static String format(Duration d) {
    long ms = d.toMillis();
    if (ms < 1000) return ms + "ms";
    if (ms < 60_000) {
      return ms % 1000 == 0 ? (ms / 1000) + "s" : String.format(Locale.ROOT, "%.1fs", ms / 1000.0);
    }
    long s = d.toSeconds();
    String out = (s / 3600 > 0 ? s / 3600 + "h" : "") + (s % 3600 / 60 > 0 ? s % 3600 / 60 + "m" : "");
    return out + (s % 60 > 0 ? s % 60 + "s" : "");
  }
}
