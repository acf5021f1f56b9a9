package dev.dockwright.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.syntax.Range;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ComposeParserTest {

  private static ComposeFile parse(String text) {
    ComposeParser.Result r = ComposeParser.parse("compose.yaml", text);
    assertThat(r.problems()).as("problems").isEmpty();
    return r.file().orElseThrow();
  }

  private static ComposeParser.Problem problem(String text) {
    ComposeParser.Result r = ComposeParser.parse("compose.yaml", text);
    assertThat(r.file()).isEmpty();
    assertThat(r.problems()).isNotEmpty();
    return r.problems().get(0);
  }

  private static String at(Range r) {
    return r.start().line() + ":" + r.start().column();
  }

  @Nested
  class Errors {

    @Test
    void yamlSyntaxErrorsHaveTheirPositionAndWhereTheConstructStarted() {
      ComposeParser.Problem p = problem("services:\n  web:\n    image: [nginx\n");
      assertThat(at(p.range())).isEqualTo("4:1");
      assertThat(p.message()).startsWith("invalid YAML: expected ',' or ']'")
          .contains("started at line 3, column 12");
      ComposeParser.Problem tab = problem("services:\n  web:\n\timage: nginx\n");
      assertThat(at(tab.range())).isEqualTo("3:1");
      assertThat(tab.message()).contains("TAB");
    }

    @Test
    void duplicateKeysAreRefusedAsComposeRefusesThem() {
      ComposeParser.Problem p = problem("services:\n  web:\n    image: a\n    image: b\n");
      assertThat(at(p.range())).isEqualTo("4:5");
      assertThat(p.message()).isEqualTo("mapping key \"image\" already defined at line 3");
    }

    @Test
    void theShapeOfTheFileIsChecked() {
      assertThat(problem("").message()).isEqualTo("empty Compose file");
      assertThat(problem("- a\n- b\n").message()).isEqualTo("the top level must be a mapping");
      assertThat(problem("services: [web]\n").message()).isEqualTo("services must be a mapping");
      ComposeParser.Problem nullService = problem("services:\n  web:\n");
      assertThat(nullService.message()).isEqualTo("service \"web\" must be a mapping");
      assertThat(at(nullService.range())).isEqualTo("2:3");
      ComposeParser.Problem typo = problem("service:\n  web:\n    image: nginx\n");
      assertThat(typo.message()).startsWith("unknown top-level key \"service\"");
      assertThat(at(typo.range())).isEqualTo("1:1");
    }

    @Test
    void extensionsAndEveryTopLevelKeyOfTheSpecAreAccepted() {
      ComposeFile f = parse("""
          name: demo
          x-defaults: &defaults {restart: always}
          include: []
          networks: {}
          volumes: {}
          configs: {}
          secrets: {}
          services: {}
          """);
      assertThat(f.services()).isEmpty();
      assertThat(f.topLevel()).extracting(ComposeFile.TopLevelEntry::key)
          .startsWith("name", "x-defaults");
    }
  }

  @Nested
  class Services {

    @Test
    void servicesKeepTheirOrderAndPositions() {
      ComposeFile f = parse("""
          services:
            web:
              image: "nginx:1.27"
            db:
              image: postgres:16
          """);
      assertThat(f.services()).extracting(Service::name).containsExactly("web", "db");
      Service web = f.services().get(0);
      assertThat(at(web.nameRange())).isEqualTo("2:3");
      Scalar image = web.image().orElseThrow();
      assertThat(image.value()).isEqualTo("nginx:1.27");
      assertThat(image.plain()).isFalse();
      assertThat(image.range().text(f.text())).isEqualTo("\"nginx:1.27\"");
    }

    @Test
    void mergeKeysAndAnchorsAreApplied() {
      ComposeFile f = parse("""
          x-env: &env
            LOG_LEVEL: info
            API_TOKEN: abc
          x-base: &base
            image: python:3.12-slim
            environment: *env
          services:
            a:
              <<: *base
            b:
              <<: [*base]
              image: python:3.13-slim
          """);
      Service a = f.service("a").orElseThrow();
      assertThat(a.image().orElseThrow().value()).isEqualTo("python:3.12-slim");
      assertThat(a.environment()).extracting(EnvironmentVariable::name)
          .containsExactly("LOG_LEVEL", "API_TOKEN");
      assertThat(a.environment().get(1).value().orElseThrow().range().start().line()).isEqualTo(3);
      assertThat(f.service("b").orElseThrow().image().orElseThrow().value())
          .isEqualTo("python:3.13-slim");
    }

    @Test
    void environmentInBothForms() {
      ComposeFile f = parse("""
          services:
            a:
              environment:
                - PASSWORD=s3cret
                - "TOKEN=abc"
                - FROM_SHELL
            b:
              environment:
                KEY: value
                EMPTY:
          """);
      List<EnvironmentVariable> a = f.service("a").orElseThrow().environment();
      assertThat(a).extracting(EnvironmentVariable::name)
          .containsExactly("PASSWORD", "TOKEN", "FROM_SHELL");
      assertThat(a.get(0).value().orElseThrow().range().text(f.text())).isEqualTo("s3cret");
      assertThat(a.get(0).nameRange().text(f.text())).isEqualTo("PASSWORD");
      assertThat(a.get(1).value().orElseThrow().value()).isEqualTo("abc");
      assertThat(a.get(2).value()).isEmpty();
      List<EnvironmentVariable> b = f.service("b").orElseThrow().environment();
      assertThat(b.get(0).value().orElseThrow().value()).isEqualTo("value");
      assertThat(b.get(1).value()).isEmpty();
    }

    @Test
    void dependsOnInBothForms() {
      ComposeFile f = parse("""
          services:
            a:
              depends_on: [db, cache]
            b:
              depends_on:
                db:
                  condition: service_healthy
                cache: {}
          """);
      assertThat(f.service("a").orElseThrow().dependsOn()).extracting(Dependency::service,
          Dependency::effectiveCondition).containsExactly(
              org.assertj.core.groups.Tuple.tuple("db", "service_started"),
              org.assertj.core.groups.Tuple.tuple("cache", "service_started"));
      List<Dependency> b = f.service("b").orElseThrow().dependsOn();
      assertThat(b.get(0).effectiveCondition()).isEqualTo("service_healthy");
      assertThat(at(b.get(0).range())).isEqualTo("6:7");
      assertThat(b.get(1).condition()).isEmpty();
    }

    @Test
    void healthcheckForms() {
      ComposeFile f = parse("""
          services:
            exec:
              healthcheck:
                test: ["CMD", "curl", "-f", "http://localhost/"]
            shell:
              healthcheck:
                test: ["CMD-SHELL", "wget -q -O- localhost || exit 1"]
            string:
              healthcheck:
                test: curl -f localhost
            none:
              healthcheck:
                test: ["NONE"]
            off:
              healthcheck:
                disable: true
            timing:
              healthcheck:
                interval: 5s
          """);
      Healthcheck exec = f.service("exec").orElseThrow().healthcheck().orElseThrow();
      assertThat(exec.active()).isTrue();
      assertThat(exec.test().orElseThrow().argv()).extracting(Scalar::value)
          .containsExactly("curl", "-f", "http://localhost/");
      assertThat(f.service("shell").orElseThrow().healthcheck().orElseThrow().test().orElseThrow()
          .shell().orElseThrow().value()).startsWith("wget");
      assertThat(f.service("string").orElseThrow().healthcheck().orElseThrow().test()
          .orElseThrow().shell()).isPresent();
      assertThat(f.service("none").orElseThrow().healthcheck().orElseThrow().disabled()).isTrue();
      assertThat(f.service("off").orElseThrow().healthcheck().orElseThrow().disabled()).isTrue();
      Healthcheck timing = f.service("timing").orElseThrow().healthcheck().orElseThrow();
      assertThat(timing.active()).isFalse();
      assertThat(timing.disabled()).isFalse();
    }

    @Test
    void buildForms() {
      ComposeFile f = parse("""
          services:
            short:
              build: ./api
            long:
              build:
                dockerfile: docker/Dockerfile.prod
                target: runtime
                args:
                  PYTHON: "3.12"
                  FROM_ENV:
            list:
              build:
                context: .
                args: [A=1, B]
            remote:
              build: https://github.com/example/repo.git#main
          """);
      Build shortForm = f.service("short").orElseThrow().build().orElseThrow();
      assertThat(shortForm.context().value()).isEqualTo("./api");
      assertThat(shortForm.dockerfile()).isEmpty();
      Build longForm = f.service("long").orElseThrow().build().orElseThrow();
      assertThat(longForm.context().value()).isEqualTo(".");
      assertThat(longForm.dockerfile().orElseThrow().value()).isEqualTo("docker/Dockerfile.prod");
      assertThat(longForm.target()).contains("runtime");
      assertThat(longForm.args()).isEqualTo(Map.of("PYTHON", "3.12"));
      assertThat(f.service("list").orElseThrow().build().orElseThrow().args())
          .isEqualTo(Map.of("A", "1"));
      assertThat(f.service("remote").orElseThrow().build().orElseThrow().remoteContext()).isTrue();
    }

    @Test
    void portsInShortAndLongSyntax() {
      ComposeFile f = parse("""
          services:
            db:
              ports:
                - "5432:5432"
                - 127.0.0.1:6379:6379/tcp
                - "[::1]:8080:80"
                - "9000"
                - "${HOST_IP:-0.0.0.0}:9200:9200"
                - 9300
                - target: 27017
                  published: "27017"
                  host_ip: 127.0.0.1
                - target: 11211
          """);
      List<PortMapping> ports = f.service("db").orElseThrow().ports();
      assertThat(ports).extracting(PortMapping::hostIp).containsExactly(Optional.empty(),
          Optional.of("127.0.0.1"), Optional.of("::1"), Optional.empty(),
          Optional.of("${HOST_IP:-0.0.0.0}"), Optional.empty(), Optional.of("127.0.0.1"),
          Optional.empty());
      assertThat(ports).extracting(PortMapping::published).containsExactly(Optional.of("5432"),
          Optional.of("6379"), Optional.of("8080"), Optional.empty(), Optional.of("9200"),
          Optional.empty(), Optional.of("27017"), Optional.empty());
      assertThat(ports).extracting(PortMapping::target)
          .containsExactly("5432", "6379", "80", "9000", "9200", "9300", "27017", "11211");
      assertThat(ports.get(6).shortSyntax()).isFalse();
      assertThat(at(ports.get(0).range())).isEqualTo("4:9");
    }
  }

  @Test
  void interpolationKnowsWhatTheFileAndDotenvSay() {
    Interpolation env = new Interpolation(Map.of("TAG", "1.2", "EMPTY", ""));
    assertThat(env.resolve("app:${TAG}")).contains("app:1.2");
    assertThat(env.resolve("app:$TAG")).contains("app:1.2");
    assertThat(env.resolve("${UNSET:-fallback}")).contains("fallback");
    assertThat(env.resolve("${EMPTY:-fallback}")).contains("fallback");
    assertThat(env.resolve("${EMPTY-fallback}")).contains("");
    assertThat(env.resolve("${UNSET}")).isEmpty();
    assertThat(env.resolve("${UNSET:?required}")).isEmpty();
    assertThat(env.resolve("${TAG:+set}")).contains("set");
    assertThat(env.resolve("cost $$5")).contains("cost $5");
    assertThat(env.resolve("${OUTER:-${TAG}}")).contains("1.2");
    assertThat(Interpolation.interpolates("$$literal")).isFalse();
    assertThat(Interpolation.interpolates("${X}")).isTrue();
  }
}
