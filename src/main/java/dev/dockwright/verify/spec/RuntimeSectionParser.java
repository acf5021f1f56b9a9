package dev.dockwright.verify.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.dockwright.verify.spec.RuntimeSpec.HttpProbe;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/** The {@code runtime:} section of a verify spec. */
final class RuntimeSectionParser {
  static final List<String> KEYS = List.of("port", "env", "healthyWithin", "probes", "concurrency",
      "nonRoot", "runAs", "writable", "readOnlyRootfs", "stopWithin");
  private static final Pattern RUN_AS = Pattern.compile("\\d+(:\\d+)?");

  private final SpecReader in;

  RuntimeSectionParser(SpecReader in) {
    this.in = in;
  }

  RuntimeSpec read(Node node) {
    if (SpecReader.isFalse(node)) return RuntimeSpec.NONE;
    RuntimeSpec d = RuntimeSpec.defaults();
    Map<String, Node> m = in.mapping(node, "runtime", KEYS);
    OptionalInt port = m.containsKey("port")
        ? in.integer(m.get("port"), "runtime.port", 1, 65535).map(v -> OptionalInt.of(v.intValue())).orElse(OptionalInt.empty())
        : d.port();
    List<HttpProbe> probes = m.containsKey("probes") ? probes(m.get("probes")) : d.probes();
    return new RuntimeSpec(
        port,
        m.containsKey("env") ? in.stringMap(m.get("env"), "runtime.env") : d.env(),
        m.containsKey("healthyWithin") ? in.offOr(m.get("healthyWithin"), () -> in.duration(m.get("healthyWithin"), "runtime.healthyWithin")) : d.healthyWithin(),
        probes,
        m.containsKey("concurrency") ? concurrency(m.get("concurrency"), probes) : d.concurrency(),
        in.flag(m, "nonRoot", "runtime.nonRoot", d.nonRoot()),
        m.containsKey("runAs") ? runAs(m.get("runAs")) : d.runAs(),
        m.containsKey("writable") ? in.absolutePaths(m.get("writable"), "runtime.writable") : d.writable(),
        in.flag(m, "readOnlyRootfs", "runtime.readOnlyRootfs", d.readOnlyRootfs()),
        m.containsKey("stopWithin") ? in.offOr(m.get("stopWithin"), () -> in.duration(m.get("stopWithin"), "runtime.stopWithin")) : d.stopWithin());
  }

  private List<HttpProbe> probes(Node node) {
    List<HttpProbe> out = new ArrayList<>();
    List<Node> items = in.sequence(node, "runtime.probes");
    for (int i = 0; i < items.size(); i++) {
      String where = "runtime.probes[" + i + "]";
      Map<String, Node> m = in.mapping(items.get(i), where,
          List.of("path", "method", "status", "bodyContains", "json", "timeout"));
      if (!m.containsKey("path")) in.error(items.get(i), where + ": missing 'path' (e.g. path: /health)");
      Optional<String> path = m.containsKey("path") ? in.string(m.get("path"), where + ".path") : Optional.empty();
      path.filter(p -> !p.startsWith("/")).ifPresent(p -> in.error(m.get("path"), where + ".path: '" + p + "' must start with /"));
      String method = m.containsKey("method")
          ? in.string(m.get("method"), where + ".method").map(s -> s.toUpperCase(Locale.ROOT)).orElse("GET") : "GET";
      int status = m.containsKey("status")
          ? in.integer(m.get("status"), where + ".status", 100, 599).map(Long::intValue).orElse(200) : 200;
      Optional<String> body = m.containsKey("bodyContains") ? in.string(m.get("bodyContains"), where + ".bodyContains") : Optional.empty();
      Map<JsonPath, JsonNode> json = m.containsKey("json") ? jsonExpectations(m.get("json"), where + ".json") : Map.of();
      Duration timeout = m.containsKey("timeout")
          ? in.duration(m.get("timeout"), where + ".timeout").orElse(HttpProbe.DEFAULT_TIMEOUT) : HttpProbe.DEFAULT_TIMEOUT;
      path.ifPresent(p -> out.add(new HttpProbe(method, p, status, body, json, timeout)));
    }
    return out;
  }

  private Map<JsonPath, JsonNode> jsonExpectations(Node node, String where) {
    Map<JsonPath, JsonNode> out = new LinkedHashMap<>();
    for (SpecReader.Entry e : in.openMapping(node, where)) {
      Optional<JsonPath> path = JsonPath.parse(e.key());
      if (path.isEmpty()) {
        in.error(e.keyNode(), where + ": '" + e.key() + "' is not a supported JSON path: use $.name, $.list[0], $['odd key']");
        continue;
      }
      scalarJson(e.value(), SpecReader.qualify(where, e.key())).ifPresent(v -> out.put(path.get(), v));
    }
    return out;
  }

  /** A YAML scalar as the JSON value it denotes: {@code ok}, {@code 200}, {@code true}, {@code null}. */
  private Optional<JsonNode> scalarJson(Node node, String where) {
    if (!(node instanceof ScalarNode s)) {
      in.error(node, where + ": expected a single value to compare with; got " + SpecReader.describe(node));
      return Optional.empty();
    }
    JsonNodeFactory f = JsonNodeFactory.instance;
    Tag tag = node.getTag();
    if (tag.equals(Tag.NULL)) return Optional.of(f.nullNode());
    if (tag.equals(Tag.BOOL)) return Optional.of(f.booleanNode(s.getValue().equalsIgnoreCase("true")));
    if (tag.equals(Tag.INT) || tag.equals(Tag.FLOAT)) {
      try {
        return Optional.of(f.numberNode(new BigDecimal(s.getValue())));
      } catch (NumberFormatException e) {
        return Optional.of(f.textNode(s.getValue())); // .inf, .nan: compare as text
      }
    }
    return Optional.of(f.textNode(s.getValue()));
  }

  private Optional<RuntimeSpec.Concurrency> concurrency(Node node, List<HttpProbe> probes) {
    String defaultPath = probes.isEmpty() ? "/" : probes.get(0).path();
    int defaultStatus = probes.isEmpty() ? 200 : probes.get(0).status();
    if (node instanceof ScalarNode) {
      return in.integer(node, "runtime.concurrency", 1, 1000)
          .map(n -> new RuntimeSpec.Concurrency(n.intValue(), defaultPath, defaultStatus));
    }
    Map<String, Node> m = in.mapping(node, "runtime.concurrency", List.of("requests", "path", "status"));
    if (!m.containsKey("requests")) {
      in.error(node, "runtime.concurrency: missing 'requests' (e.g. requests: 2)");
      return Optional.empty();
    }
    Optional<Long> n = in.integer(m.get("requests"), "runtime.concurrency.requests", 1, 1000);
    String path = m.containsKey("path") ? in.string(m.get("path"), "runtime.concurrency.path").orElse(defaultPath) : defaultPath;
    int status = m.containsKey("status")
        ? in.integer(m.get("status"), "runtime.concurrency.status", 100, 599).map(Long::intValue).orElse(200) : defaultStatus;
    return n.map(v -> new RuntimeSpec.Concurrency(v.intValue(), path, status));
  }

  private Optional<String> runAs(Node node) {
    Optional<String> v = in.string(node, "runtime.runAs");
    if (v.isPresent() && !RUN_AS.matcher(v.get()).matches()) {
      in.error(node, "runtime.runAs: '" + v.get() + "' is not uid or uid:gid (e.g. 1000 or 1000:1000)");
      return Optional.empty();
    }
    return v;
  }
}
