package dev.dockwright.rules.compose;

import dev.dockwright.compose.PortMapping;
import dev.dockwright.compose.Scalar;
import dev.dockwright.compose.Service;
import dev.dockwright.lint.ComposeContext;
import dev.dockwright.lint.ComposeRule;
import dev.dockwright.lint.Fix;
import dev.dockwright.lint.FixSafety;
import dev.dockwright.lint.Origin;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.lint.TextEdit;
import java.util.Optional;
import java.util.Set;

@RuleSpec(
    code = "DW6004",
    name = "DatabasePortPublished",
    severity = Severity.WARNING,
    origin = Origin.DOCKWRIGHT,
    summary = "A database or cache publishes its port on all interfaces.",
    rationale = """
        `ports: ["5432:5432"]` publishes the port on every interface of the host (0.0.0.0), and \
        Docker's own firewall rules bypass host firewalls such as ufw: anyone who can reach the \
        machine can connect to the database, typically protected by a development password, \
        or to a cache with no password at all. The other services reach it over the Compose \
        network without any `ports:`; for access from the host, bind it to the loopback \
        interface: `"127.0.0.1:5432:5432"`. Recognised by image: PostgreSQL, MySQL, MariaDB, \
        MongoDB, Redis, Valkey, Memcached, Elasticsearch, OpenSearch, Cassandra, CouchDB, \
        InfluxDB, Neo4j, ClickHouse, SQL Server, vector stores and more.""",
    bad = """
        services:
          db:
            image: postgres:16
            ports:
              - "5432:5432"
        """,
    good = """
        services:
          db:
            image: postgres:16
            ports:
              - "127.0.0.1:5432:5432"
        """,
    fix = "Binds the published port to 127.0.0.1 (other hosts can no longer connect).",
    fixSafety = FixSafety.UNSAFE)
public final class DatabasePortPublished implements ComposeRule {

  private static final Set<String> ALL_INTERFACES = Set.of("", "0.0.0.0", "::", "[::]");

  @Override
  public void check(ComposeContext context) {
    for (Service service : context.compose().services()) {
      Optional<String> store = ServiceImages.dataStore(service, context.interpolation());
      if (store.isEmpty()) {
        continue;
      }
      for (PortMapping port : service.ports()) {
        if (port.hostIp().isPresent()) {
          Optional<String> ip = context.interpolation().resolve(port.hostIp().get());
          if (ip.isEmpty() || !ALL_INTERFACES.contains(ip.get().strip())) {
            continue; // loopback, a private interface, or not knowable from the file
          }
        }
        String where = port.published().isPresent() ? "port " + port.published().get()
            : "a random host port";
        String message = service.name() + " (" + store.get() + ") publishes container port "
            + port.target() + " on " + where + " of all interfaces (\"" + port.text() + "\"):"
            + " anyone who can reach this host can connect. Bind it to 127.0.0.1 or drop it"
            + " (services reach it over the Compose network).";
        Optional<Fix> fix = loopbackFix(context, port);
        if (fix.isPresent()) {
          context.report(port.range(), message, fix.get());
        } else {
          context.report(port.range(), message);
        }
      }
    }
  }

  /** {@code "5432:5432"} to {@code "127.0.0.1:5432:5432"}, {@code 0.0.0.0:...} to 127.0.0.1. */
  private static Optional<Fix> loopbackFix(ComposeContext context, PortMapping port) {
    if (!port.shortSyntax() || port.scalar().isEmpty() || port.published().isEmpty()) {
      return Optional.empty();
    }
    Scalar s = port.scalar().get();
    String source = context.text(s.range());
    int at = source.indexOf(port.text());
    if (at < 0) {
      return Optional.empty(); // escapes in a quoted scalar: the text is not verbatim
    }
    int start = s.range().startOffset() + at;
    if (port.hostIp().isEmpty()) {
      return Optional.of(Fix.unsafe("Publish on 127.0.0.1 only",
          TextEdit.insert(start, "127.0.0.1:")));
    }
    String ip = port.hostIp().get();
    String written = port.text().startsWith("[") ? "[" + ip + "]" : ip;
    if (!port.text().startsWith(written)) {
      return Optional.empty();
    }
    return Optional.of(Fix.unsafe("Publish on 127.0.0.1 only",
        TextEdit.replace(start, start + written.length(), "127.0.0.1")));
  }
}
