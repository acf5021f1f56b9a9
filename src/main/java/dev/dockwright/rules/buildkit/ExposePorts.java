package dev.dockwright.rules.buildkit;

import dev.dockwright.model.DockerfileModel;
import dev.dockwright.model.ExposeStep;
import dev.dockwright.model.PortSpec;
import dev.dockwright.model.Stage;
import dev.dockwright.syntax.Arguments;
import dev.dockwright.syntax.Range;
import dev.dockwright.syntax.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;

/**
 * How BuildKit splits one EXPOSE entry ({@code [ip:][hostPort:]containerPort[/proto]}) before it
 * lints it: an entry without a port or with an unknown protocol is an error, reported instead of
 * any warning (and the entries after it are not looked at).
 */
final class ExposePorts {

  private static final Set<String> PROTOCOLS = Set.of("", "tcp", "udp", "sctp");

  /** One entry split; {@code invalid} when BuildKit errors before linting it. */
  record Parsed(String ip, String hostPort, String containerPort, String protocol,
      boolean invalid) {}

  private ExposePorts() {}

  /**
   * The entries in the order BuildKit looks at them: it sorts the words as written, then expands
   * each (one word may give several entries).
   */
  static List<PortSpec> inBuildkitOrder(ExposeStep expose) {
    Map<Range, String> written = new HashMap<>();
    if (expose.instruction().arguments() instanceof Arguments.Words words) {
      for (Token t : words.words()) {
        written.put(t.range(), t.value());
      }
    }
    List<PortSpec> ports = new ArrayList<>(expose.ports());
    ports.sort(Comparator.comparing(p -> written.getOrDefault(p.range(), p.text())));
    return ports;
  }

  /** An entry BuildKit lints: the port, how it splits, and the EXPOSE it is in. */
  record Linted(ExposeStep expose, PortSpec port, Parsed parsed) {}

  /**
   * The entries BuildKit lints, EXPOSE by EXPOSE in its order: it stops at the first entry of an
   * EXPOSE it cannot parse (that one is a build error, not a warning).
   */
  static List<Linted> linted(DockerfileModel model) {
    List<Linted> out = new ArrayList<>();
    for (Stage stage : model.stages()) {
      for (ExposeStep expose : stage.steps(ExposeStep.class)) {
        for (PortSpec port : inBuildkitOrder(expose)) {
          Parsed parsed = parse(port.text());
          if (parsed.invalid()) {
            break;
          }
          out.add(new Linted(expose, port, parsed));
        }
      }
    }
    return out;
  }

  static Parsed parse(String raw) {
    String[] parts = raw.split(":", -1);
    String ip = "";
    String host = "";
    String container;
    switch (parts.length) {
      case 1 -> container = parts[0];
      case 2 -> {
        host = parts[0];
        container = parts[1];
      }
      case 3 -> {
        ip = parts[0];
        host = parts[1];
        container = parts[2];
      }
      default -> {
        int n = parts.length;
        ip = String.join(":", Arrays.copyOfRange(parts, 0, n - 2));
        host = parts[n - 2];
        container = parts[n - 1];
      }
    }
    int slash = container.indexOf('/');
    String port = slash < 0 ? container : container.substring(0, slash);
    String proto = slash < 0 ? "" : container.substring(slash + 1);
    boolean invalid = port.isEmpty() || !PROTOCOLS.contains(proto.toLowerCase(Locale.ROOT));
    return new Parsed(ip, host, port, proto.isEmpty() ? "tcp" : proto, invalid);
  }
}
