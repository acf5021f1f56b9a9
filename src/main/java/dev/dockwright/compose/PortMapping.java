package dev.dockwright.compose;

import dev.dockwright.syntax.Range;
import java.util.Optional;

/**
 * One entry of a service's {@code ports}, short syntax ({@code "127.0.0.1:5432:5432/tcp"}) or long
 * syntax ({@code {target: 5432, published: "5432", host_ip: 127.0.0.1}}).
 *
 * @param text the entry as written (the short string, or a summary of the long form)
 * @param hostIp the interface the port is published on, as written (before interpolation); empty
 *     means all interfaces
 * @param published the host port (or range); empty for an ephemeral port
 * @param target the container port
 * @param range the entry in the file
 * @param shortSyntax a string entry: {@link #text()} is its value
 * @param scalar the short-syntax scalar, for fixes that edit it
 */
public record PortMapping(String text, Optional<String> hostIp, Optional<String> published,
    String target, Range range, boolean shortSyntax, Optional<Scalar> scalar) {

  /**
   * Parses the short syntax {@code [[IP:]HOST:]CONTAINER[/PROTOCOL]}; an IPv6 address is written
   * in brackets ({@code [::1]:5432:5432}).
   */
  static PortMapping parseShort(Scalar scalar) {
    String s = scalar.value().strip();
    int slash = s.lastIndexOf('/');
    String spec = slash >= 0 ? s.substring(0, slash) : s;
    Optional<String> ip = Optional.empty();
    if (spec.startsWith("[")) {
      int close = spec.indexOf(']');
      if (close > 0) {
        ip = Optional.of(spec.substring(1, close));
        spec = close + 1 < spec.length() && spec.charAt(close + 1) == ':'
            ? spec.substring(close + 2) : spec.substring(close + 1);
      }
    }
    String[] parts = splitOutsideBraces(spec);
    Optional<String> published = Optional.empty();
    String target;
    if (parts.length == 1) {
      target = parts[0];
    } else {
      target = parts[parts.length - 1];
      published = Optional.of(parts[parts.length - 2]);
      if (parts.length > 2 && ip.isEmpty()) {
        ip = Optional.of(String.join(":",
            java.util.Arrays.copyOfRange(parts, 0, parts.length - 2)));
      }
    }
    return new PortMapping(s, ip, published.filter(p -> !p.isEmpty()), target, scalar.range(),
        true, Optional.of(scalar));
  }

  /** Splits at {@code :} except inside {@code ${...}} (whose defaults use {@code :-}). */
  private static String[] splitOutsideBraces(String spec) {
    java.util.List<String> out = new java.util.ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < spec.length(); i++) {
      char c = spec.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}') {
        depth = Math.max(0, depth - 1);
      } else if (c == ':' && depth == 0) {
        out.add(spec.substring(start, i));
        start = i + 1;
      }
    }
    out.add(spec.substring(start));
    return out.toArray(String[]::new);
  }
}
