package dev.dockwright.verify.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.dockwright.io.UserException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerifySpecParserTest {
  @TempDir Path dir;

  private VerifySpec parse(String yaml) {
    return VerifySpecParser.parse(yaml, "dockwright-verify.yaml", dir);
  }

  private List<String> errorsOf(String yaml) {
    try {
      parse(yaml);
    } catch (SpecException e) {
      assertThat(e.exitCode()).isEqualTo(2);
      return e.errors();
    }
    throw new AssertionError("expected the spec to be rejected");
  }

  @Test
  void readsAFullSpec() throws Exception {
    Files.writeString(dir.resolve("cst.yaml"), "schemaVersion: 2.0.0\n");
    VerifySpec spec = parse("""
        version: 1
        image:
          size: {max: 500MB, measure: compressed}
          nonRoot: true
          user: "1000"
          ports: {expose: [8000, 9090/udp], only: true}
          env:
            present: [PYTHONUNBUFFERED]
            absent: [DEBUG]
            equals: {PYTHONDONTWRITEBYTECODE: 1}
          healthcheck: {maxInterval: 30s, maxTimeout: 5s, maxStartPeriod: 1m, maxRetries: 5}
          labels:
            required: [org.opencontainers.image.source]
            ignore: [maintainer]
          execForm: true
          files:
            - {path: /app, type: dir, mode: 0755, uid: 1000, gid: 1000}
            - {path: /app/.env, exists: false}
          noBuildTools: false
          secrets: {maxFileSize: 1MiB, ignore: ["/usr/share/doc/**"]}
          efficiency: {minScore: 95%, maxWasted: 20MB, maxUserWasted: false}
        runtime:
          port: 8000
          env: {PORT: "8000"}
          healthyWithin: 30s
          probes:
            - path: /health
              bodyContains: ok
              json: {"$.status": ok, "$.checks[0].up": true, "$.version": 2}
            - {path: /missing, status: 404, method: head, timeout: 500ms}
          concurrency: 4
          runAs: "1000:1000"
          writable: [/app/data]
          readOnlyRootfs: true
          stopWithin: 10s
        structureTests: [cst.yaml]
        """);
    ImageSpec i = spec.image();
    assertThat(i.size()).contains(new ImageSpec.SizeLimit(500_000_000L, ImageSpec.SizeMeasure.COMPRESSED));
    assertThat(i.user()).contains("1000");
    assertThat(i.ports()).contains(new ImageSpec.Ports(List.of("8000/tcp", "9090/udp"), true));
    assertThat(i.env().equals()).containsEntry("PYTHONDONTWRITEBYTECODE", "1");
    assertThat(i.healthcheck()).get().satisfies(h -> {
      assertThat(h.maxStartPeriod()).contains(Duration.ofMinutes(1));
      assertThat(h.maxRetries()).hasValue(5);
    });
    assertThat(i.labels()).contains(new ImageSpec.Labels(List.of("org.opencontainers.image.source"), true, List.of("maintainer")));
    assertThat(i.files()).containsExactly(
        new ImageSpec.FileExpectation("/app", true, java.util.Optional.of(ImageSpec.FileType.DIRECTORY),
            OptionalInt.of(0755), OptionalInt.of(1000), OptionalInt.of(1000)),
        new ImageSpec.FileExpectation("/app/.env", false, java.util.Optional.empty(),
            OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty()));
    assertThat(i.noBuildTools()).isFalse();
    assertThat(i.secrets()).contains(new ImageSpec.Secrets(1 << 20, List.of("/usr/share/doc/**")));
    assertThat(i.efficiency()).get().satisfies(e -> {
      assertThat(e.minScore()).hasValue(0.95);
      assertThat(e.maxWastedBytes()).hasValue(20_000_000L);
      assertThat(e.maxUserWastedRatio()).isEmpty();
    });

    RuntimeSpec r = spec.runtime();
    assertThat(r.port()).hasValue(8000);
    assertThat(r.env()).containsEntry("PORT", "8000");
    assertThat(r.healthyWithin()).contains(Duration.ofSeconds(30));
    assertThat(r.probes()).hasSize(2);
    RuntimeSpec.HttpProbe health = r.probes().get(0);
    assertThat(health.status()).isEqualTo(200);
    assertThat(health.bodyContains()).contains("ok");
    JsonNodeFactory f = JsonNodeFactory.instance;
    assertThat(health.json()).containsEntry(JsonPath.parse("$.status").orElseThrow(), f.textNode("ok"))
        .containsEntry(JsonPath.parse("$.checks[0].up").orElseThrow(), f.booleanNode(true));
    assertThat(r.probes().get(1)).satisfies(p -> {
      assertThat(p.method()).isEqualTo("HEAD");
      assertThat(p.status()).isEqualTo(404);
      assertThat(p.timeout()).isEqualTo(Duration.ofMillis(500));
    });
    assertThat(r.concurrency()).contains(new RuntimeSpec.Concurrency(4, "/health", 200));
    assertThat(r.runAs()).contains("1000:1000");
    assertThat(r.writable()).containsExactly("/app/data");
    assertThat(r.readOnlyRootfs()).isTrue();
    assertThat(r.stopWithin()).contains(Duration.ofSeconds(10));
    assertThat(spec.structureTests()).containsExactly(dir.resolve("cst.yaml"));
  }

  @Test
  void anEmptySpecMeansDefaultsAndFalseTurnsChecksOff() {
    VerifySpec empty = parse("");
    assertThat(empty.image()).isEqualTo(ImageSpec.defaults());
    assertThat(empty.runtime()).isEqualTo(RuntimeSpec.defaults());

    VerifySpec off = parse("""
        image: {healthcheck: false, secrets: false, efficiency: false, labels: false, nonRoot: false, execForm: false}
        runtime: false
        """);
    assertThat(off.image().healthcheck()).isEmpty();
    assertThat(off.image().secrets()).isEmpty();
    assertThat(off.image().efficiency()).isEmpty();
    assertThat(off.image().labels()).isEmpty();
    assertThat(off.image().nonRoot()).isFalse();
    assertThat(off.runtime().needsContainer()).isFalse();

    VerifySpec shorthand = parse("image: {size: 1.5GB, ports: [8000], healthcheck: true}\nruntime: {concurrency: 2}");
    assertThat(shorthand.image().size()).contains(new ImageSpec.SizeLimit(1_500_000_000L, ImageSpec.SizeMeasure.UNCOMPRESSED));
    assertThat(shorthand.image().ports()).contains(new ImageSpec.Ports(List.of("8000/tcp"), false));
    assertThat(shorthand.image().healthcheck()).contains(ImageSpec.HealthcheckLimits.NONE);
    assertThat(shorthand.runtime().concurrency()).contains(new RuntimeSpec.Concurrency(2, "/", 200));
    assertThat(shorthand.runtime().stopWithin()).contains(RuntimeSpec.DEFAULT_STOP_WITHIN);
  }

  @Test
  void unknownKeysAreReportedAtTheKeyWithASuggestion() {
    assertThat(errorsOf("""
        image:
          sise: 500MB
        runtime:
          healthyWitihn: 30s
        """)).containsExactly(
            "dockwright-verify.yaml:2:3: image.sise: unknown key (did you mean 'size'?)",
            "dockwright-verify.yaml:4:3: runtime.healthyWitihn: unknown key (did you mean 'healthyWithin'?)");
  }

  @Test
  void badValuesAreReportedAtTheValueAllAtOnce() {
    assertThat(errorsOf("""
        image:
          size: 500XB
          nonRoot: yes
          ports: [80000]
          files:
            - {path: app, mode: rwx}
        runtime:
          healthyWithin: 30
          stopWithin: soon
          port: "http"
          probes:
            - {path: /x, json: {"status": ok}}
        """)).containsExactly(
            "dockwright-verify.yaml:2:9: image.size: '500XB' is not a size: use B, kB, MB, GB (powers of 1000) or KiB, MiB, GiB (powers of 1024), e.g. 500MB",
            "dockwright-verify.yaml:3:12: image.nonRoot: expected true or false; got 'yes'",
            "dockwright-verify.yaml:4:11: image.ports[0]: '80000' is not a port: use 1-65535, optionally /tcp, /udp or /sctp",
            "dockwright-verify.yaml:6:14: image.files[0].path: 'app' must be absolute",
            "dockwright-verify.yaml:6:25: image.files[0].mode: 'rwx' is not an octal mode such as \"0755\"",
            "dockwright-verify.yaml:8:18: runtime.healthyWithin: '30' is not a duration: use ms, s, m or h, e.g. 30s, 1m30s (add a unit: 30s)",
            "dockwright-verify.yaml:9:15: runtime.stopWithin: 'soon' is not a duration: use ms, s, m or h, e.g. 30s, 1m30s",
            "dockwright-verify.yaml:10:9: runtime.port: expected a whole number; got 'http'",
            "dockwright-verify.yaml:12:25: runtime.probes[0].json: 'status' is not a supported JSON path: use $.name, $.list[0], $['odd key']");
  }

  @Test
  void structuralMistakes() {
    assertThat(errorsOf("image: [size]\n"))
        .containsExactly("dockwright-verify.yaml:1:8: image: expected a mapping of size, nonRoot, user, ports, env, "
            + "healthcheck, labels, execForm, files, noBuildTools, secrets, efficiency; got a list");
    assertThat(errorsOf("image:\n  user: a\n  user: b\n"))
        .containsExactly("dockwright-verify.yaml:3:3: image.user: duplicate key");
    assertThat(errorsOf("version: 2\n"))
        .containsExactly("dockwright-verify.yaml:1:10: version: 2 is not supported (this dockwright reads version 1)");
    assertThat(errorsOf("structureTests: [missing.yaml]\n")).singleElement().asString()
        .startsWith("dockwright-verify.yaml:1:18: structureTests[0]: no such file: ");
    assertThat(errorsOf("runtime: {writable: /app}\n"))
        .containsExactly("dockwright-verify.yaml:1:21: runtime.writable: expected a list; got '/app'");
    assertThat(errorsOf("runtime: {writable: [data]}\n"))
        .containsExactly("dockwright-verify.yaml:1:22: runtime.writable[0]: 'data' must be absolute");
    assertThat(errorsOf("image:\n  files:\n    - {path: /x, exists: false, mode: \"0644\"}\n"))
        .containsExactly("dockwright-verify.yaml:3:39: image.files[0].mode: makes no sense with exists: false");
  }

  @Test
  void yamlSyntaxErrorsCarryTheirPosition() {
    assertThatThrownBy(() -> parse("image:\n  size: [500MB\n"))
        .isInstanceOf(SpecException.class)
        .hasMessageStartingWith("dockwright-verify.yaml:3:1: invalid YAML: ");
  }

  @Test
  void missingFileIsAUserError(@TempDir Path other) {
    assertThatThrownBy(() -> VerifySpecParser.parse(other.resolve("dockwright-verify.yaml")))
        .isInstanceOf(UserException.class).hasMessageEndingWith("dockwright-verify.yaml: no such file");
  }

  @Test
  void discoverReadsTheProjectsSpecOrFallsBackToDefaults(@TempDir Path project) throws Exception {
    assertThat(VerifySpecParser.discover(project)).isEqualTo(VerifySpec.defaults());
    Files.writeString(project.resolve("dockwright-verify.yaml"), "image: {size: 400MB}\n");
    VerifySpec spec = VerifySpecParser.discover(project);
    assertThat(spec.file()).contains(project.resolve("dockwright-verify.yaml"));
    assertThat(spec.image().size()).contains(new ImageSpec.SizeLimit(400_000_000L, ImageSpec.SizeMeasure.UNCOMPRESSED));
  }

  @Test
  void quantities() {
    assertThat(ByteSize.parse("500MB")).contains(500_000_000L);
    assertThat(ByteSize.parse("500 MiB")).contains(500L << 20);
    assertThat(ByteSize.parse("1.5GB")).contains(1_500_000_000L);
    assertThat(ByteSize.parse("20kB")).contains(20_000L);
    assertThat(ByteSize.parse("4096")).contains(4096L);
    assertThat(ByteSize.parse("500M")).isEmpty();
    assertThat(ByteSize.parse("-1MB")).isEmpty();
    assertThat(ByteSize.format(182_400_000)).isEqualTo("182.4 MB");
    assertThat(ByteSize.format(999)).isEqualTo("999 B");
    assertThat(Durations.parse("1m30s")).contains(Duration.ofSeconds(90));
    assertThat(Durations.parse("1.5s")).contains(Duration.ofMillis(1500));
    assertThat(Durations.parse("500ms")).contains(Duration.ofMillis(500));
    assertThat(Durations.parse("30")).isEmpty();
    assertThat(Durations.parse("30 s")).isEmpty();
    assertThat(Durations.format(Duration.ofMillis(2400))).isEqualTo("2.4s");
    assertThat(Durations.format(Duration.ofSeconds(90))).isEqualTo("1m30s");
  }

  @Test
  void jsonPaths() throws Exception {
    var doc = new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree("{\"status\":\"ok\",\"checks\":[{\"up\":true}],\"odd key\":1.0}");
    assertThat(JsonPath.parse("$.status").orElseThrow().read(doc)).hasValueSatisfying(v -> assertThat(v.asText()).isEqualTo("ok"));
    assertThat(JsonPath.parse("$.checks[0].up").orElseThrow().read(doc)).hasValueSatisfying(v -> assertThat(v.asBoolean()).isTrue());
    JsonPath odd = JsonPath.parse("$['odd key']").orElseThrow();
    assertThat(JsonPath.sameValue(odd.read(doc).orElseThrow(), JsonNodeFactory.instance.numberNode(1))).isTrue();
    assertThat(JsonPath.parse("$.missing").orElseThrow().read(doc)).isEmpty();
    assertThat(JsonPath.parse("status")).isEmpty();
    assertThat(JsonPath.parse("$..status")).isEmpty();
    assertThat(JsonPath.parse("$.a[*]")).isEmpty();
  }
}
