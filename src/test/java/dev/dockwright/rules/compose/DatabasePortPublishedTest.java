package dev.dockwright.rules.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.lint.Finding;
import dev.dockwright.lint.RuleTester;
import dev.dockwright.lint.config.LintConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

class DatabasePortPublishedTest {

  private final RuleTester tester = RuleTester.of(new DatabasePortPublished());

  @Test
  void dataStoresPublishedOnAllInterfacesAreReported() {
    List<Finding> findings = tester.check("""
        services:
          db:
            image: postgres:16-alpine
            ports:
              # expect: DW6004 "db (PostgreSQL) publishes container port 5432 on port 5432"
              - "5432:5432"
              # expect: DW6004 "random host port"
              - "5433"
              # expect: DW6004
              - 0.0.0.0:5434:5432
          cache:
            image: docker.io/library/redis:7
            ports:
              # expect: DW6004 "Redis"
              - target: 6379
                published: 6379
          search:
            image: docker.elastic.co/elasticsearch/elasticsearch:8.14.0
            ports:
              # expect: DW6004 "Elasticsearch"
              - "${ES_BIND:-0.0.0.0}:9200:9200"
          mssql:
            image: mcr.microsoft.com/mssql/server:2022-latest
            ports:
              # expect: DW6004 "SQL Server"
              - 1433:1433
        """);
    assertThat(findings.get(0).fix()).hasValueSatisfying(f -> assertThat(f.safe()).isFalse());
    assertThat(findings.get(1).fix()).isEmpty(); // no host port: nothing to bind simply
  }

  @Test
  void loopbackBoundPortsOtherImagesAndUnknownBindingsAreNot() {
    tester.checkClean("""
        services:
          db:
            image: postgres:16
            ports:
              - "127.0.0.1:5432:5432"
              - "[::1]:5433:5432"
              - "${DB_BIND}:5434:5432"
              - target: 5432
                published: 5435
                host_ip: 127.0.0.1
            expose: ["5432"]
          web:
            image: nginx:1.27
            ports: ["80:80", "443:443"]
          app:
            build: .
            ports: ["5432:5432"]
        """);
  }

  @Test
  void theUnsafeFixBindsToLoopback() {
    RuleTester unsafe = RuleTester.of(new DatabasePortPublished()).config(LintConfig.DEFAULTS);
    String before = """
        services:
          db:
            image: mysql:8
            ports:
              - "3306:3306"
              - 0.0.0.0:33060:33060
              - 3307:3306
        """;
    assertThat(unsafe.applyFixes(before)).isEqualTo("""
        services:
          db:
            image: mysql:8
            ports:
              - "127.0.0.1:3306:3306"
              - 127.0.0.1:33060:33060
              - 127.0.0.1:3307:3306
        """);
  }
}
