package dev.dockwright.model;

import dev.dockwright.syntax.Range;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One EXPOSE entry: {@code 8000}, {@code 8000/tcp}, {@code 53/udp}, {@code 7000-7010}, or the
 * {@code host:container} form Docker rejects.
 *
 * @param text the entry after variable expansion
 * @param first the first port, when the entry is well formed
 * @param last the last port of a range (equal to {@code first} for one port)
 * @param protocol the protocol as written ({@code tcp} when none), for casing checks
 * @param range where the entry is written
 */
public record PortSpec(String text, Optional<Integer> first, int last, String protocol, Range range) {

  private static final Pattern PORT = Pattern.compile("(\\d{1,5})(?:-(\\d{1,5}))?(?:/(\\w+))?");

  public static PortSpec parse(String text, Range range) {
    Matcher m = PORT.matcher(text);
    if (!m.matches()) {
      return new PortSpec(text, Optional.empty(), -1, protocolOf(text), range);
    }
    int first = Integer.parseInt(m.group(1));
    int last = m.group(2) == null ? first : Integer.parseInt(m.group(2));
    String protocol = m.group(3) == null ? "tcp" : m.group(3);
    return new PortSpec(text, Optional.of(first), last, protocol, range);
  }

  private static String protocolOf(String text) {
    int slash = text.lastIndexOf('/');
    return slash < 0 ? "tcp" : text.substring(slash + 1);
  }

  public boolean isValid() {
    return first.isPresent() && first.get() <= last && last <= 65535;
  }

  /** Whether this entry exposes {@code port} (any protocol). */
  public boolean covers(int port) {
    return first.isPresent() && first.get() <= port && port <= last;
  }

  public boolean isTcp() {
    return protocol.toLowerCase(Locale.ROOT).equals("tcp");
  }
}
