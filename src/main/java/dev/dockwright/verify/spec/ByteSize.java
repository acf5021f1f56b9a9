package dev.dockwright.verify.spec;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sizes as people write them in specs: {@code 500MB} (decimal, as {@code docker images} prints),
 * {@code 512MiB} (binary), {@code 1.5GB}, {@code 20kB}, {@code 100B}. A bare number is bytes. A
 * lone {@code M} or {@code G} is refused: it is ambiguous between the two systems.
 */
public final class ByteSize {
  private static final Pattern SYNTAX = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([a-zA-Z]*)");
  private static final Map<String, Long> UNITS = Map.ofEntries(
      Map.entry("", 1L), Map.entry("b", 1L),
      Map.entry("kb", 1_000L), Map.entry("mb", 1_000_000L),
      Map.entry("gb", 1_000_000_000L), Map.entry("tb", 1_000_000_000_000L),
      Map.entry("kib", 1L << 10), Map.entry("mib", 1L << 20),
      Map.entry("gib", 1L << 30), Map.entry("tib", 1L << 40));

  private ByteSize() {}

  /** Bytes, or empty when the text is not a size. */
  public static Optional<Long> parse(String text) {
    Matcher m = SYNTAX.matcher(text.trim());
    if (!m.matches()) return Optional.empty();
    Long unit = UNITS.get(m.group(2).toLowerCase(Locale.ROOT));
    if (unit == null) return Optional.empty();
    BigDecimal bytes = new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(unit));
    if (bytes.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) return Optional.empty();
    return Optional.of(bytes.longValue());
  }

  /** Decimal units with one decimal, as {@code docker images} shows sizes: {@code 182.4 MB}. */
  public static String format(long bytes) {
    if (bytes < 1000) return bytes + " B";
    String[] units = {"kB", "MB", "GB", "TB"};
    double v = bytes;
    int i = -1;
    while (v >= 1000 && i < units.length - 1) {
      v /= 1000;
      i++;
    }
    return String.format(Locale.ROOT, "%.1f %s", v, units[i]);
  }
}
