package dev.dockwright.rules.compose;

import dev.dockwright.compose.Scalar;
import dev.dockwright.compose.Service;
import dev.dockwright.model.image.ImageRef;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** What a service's {@code image:} says about it: databases, caches and search engines by name. */
final class ServiceImages {
  private ServiceImages() {}

  /** Repository names (last path component) of data stores, with what to call them. */
  private static final Map<String, String> DATA_STORES = Map.ofEntries(
      Map.entry("postgres", "PostgreSQL"), Map.entry("postgresql", "PostgreSQL"),
      Map.entry("postgis", "PostgreSQL"), Map.entry("timescaledb", "PostgreSQL"),
      Map.entry("pgvector", "PostgreSQL"), Map.entry("mysql", "MySQL"),
      Map.entry("mariadb", "MariaDB"), Map.entry("percona-server", "MySQL"),
      Map.entry("mongo", "MongoDB"), Map.entry("mongodb", "MongoDB"),
      Map.entry("mongodb-community-server", "MongoDB"), Map.entry("redis", "Redis"),
      Map.entry("redis-stack", "Redis"), Map.entry("redis-stack-server", "Redis"),
      Map.entry("valkey", "Valkey"), Map.entry("keydb", "KeyDB"),
      Map.entry("dragonfly", "Dragonfly"), Map.entry("memcached", "Memcached"),
      Map.entry("elasticsearch", "Elasticsearch"), Map.entry("opensearch", "OpenSearch"),
      Map.entry("cassandra", "Cassandra"), Map.entry("scylla", "ScyllaDB"),
      Map.entry("couchdb", "CouchDB"), Map.entry("couchbase", "Couchbase"),
      Map.entry("influxdb", "InfluxDB"), Map.entry("neo4j", "Neo4j"),
      Map.entry("clickhouse-server", "ClickHouse"), Map.entry("cockroach", "CockroachDB"),
      Map.entry("etcd", "etcd"), Map.entry("qdrant", "Qdrant"), Map.entry("weaviate", "Weaviate"),
      Map.entry("milvus", "Milvus"), Map.entry("chroma", "Chroma"));

  /** The data store a service runs, by its image; empty for anything else. */
  static Optional<String> dataStore(Service service, dev.dockwright.compose.Interpolation env) {
    Optional<Scalar> image = service.image();
    if (image.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> resolved = env.resolve(image.get().value());
    if (resolved.isEmpty()) {
      return Optional.empty();
    }
    ImageRef ref = ImageRef.parse(resolved.get());
    String repo = ref.repository().toLowerCase(Locale.ROOT);
    if (repo.endsWith("mssql/server")) {
      return Optional.of("SQL Server");
    }
    String last = repo.substring(repo.lastIndexOf('/') + 1);
    return Optional.ofNullable(DATA_STORES.get(last));
  }
}
