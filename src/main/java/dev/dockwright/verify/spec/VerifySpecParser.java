package dev.dockwright.verify.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.dockwright.io.UserException;
import dev.dockwright.verify.spec.ImageSpec.FileExpectation;
import dev.dockwright.verify.spec.ImageSpec.FileType;
import dev.dockwright.verify.spec.RuntimeSpec.HttpProbe;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeType;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Reads {@code dockwright-verify.yaml} into a {@link VerifySpec}, reporting every problem as
 * {@code file:line:column: key.path: message} (thrown together as a {@link SpecException}, exit
 * code 2). The schema is documented in {@code docs/verify-spec.md}.
 */
public final class VerifySpecParser {
  private static final List<String> TOP = List.of("version", "image", "runtime", "structureTests");
  private static final List<String> IMAGE = List.of("size", "nonRoot", "user", "ports", "env", "healthcheck",
      "labels", "execForm", "files", "noBuildTools", "secrets", "efficiency");
  private static final List<String> RUNTIME = List.of("port", "env", "healthyWithin", "probes", "concurrency",
      "nonRoot", "runAs", "writable", "readOnlyRootfs", "stopWithin");
  private static final Pattern PORT = Pattern.compile("(\\d{1,5})(?:/(tcp|udp|sctp))?");
  private static final Pattern RUN_AS = Pattern.compile("\\d+(:\\d+)?");
  private static final Pattern OCTAL_MODE = Pattern.compile("0?[0-7]{3,4}|0o[0-7]{3,4}");

  private final SpecReader in;
  private final Path baseDir;

  private VerifySpecParser(SpecReader in, Path baseDir) {
    this.in = in;
    this.baseDir = baseDir;
  }

  public static VerifySpec parse(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new UserException(file + ": no such file");
    } catch (IOException e) {
      throw new UserException(file + ": cannot read: " + e.getMessage());
    }
    Path dir = file.toAbsolutePath().getParent();
    return parse(text, file.toString(), dir, Optional.of(file));
  }

  /**
   * @param fileName used in messages
   * @param baseDir where relative {@code structureTests} paths are resolved
   */
  public static VerifySpec parse(String text, String fileName, Path baseDir) {
    return parse(text, fileName, baseDir, Optional.empty());
  }

  private static VerifySpec parse(String text, String fileName, Path baseDir, Optional<Path> file) {
    SpecReader in = new SpecReader(fileName);
    Optional<Node> root = in.compose(text);
    VerifySpecParser p = new VerifySpecParser(in, baseDir);
    Map<String, Node> top = in.mapping(root.orElse(null), "", TOP);
    if (top.containsKey("version")) {
      in.integer(top.get("version"), "version", 1, Long.MAX_VALUE).filter(v -> v != 1)
          .ifPresent(v -> in.error(top.get("version"), "version: " + v + " is not supported (this dockwright reads version 1)"));
    }
    ImageSpec image = p.image(top.get("image"));
    RuntimeSpec runtime = p.runtime(top.get("runtime"));
    List<Path> tests = p.structureTests(top.get("structureTests"));
    in.throwIfErrors();
    return new VerifySpec(file, image, runtime, tests);
  }

  // ---- image ------------------------------------------------------------------------------------

  private ImageSpec image(Node node) {
    ImageSpec d = ImageSpec.defaults();
    Map<String, Node> m = in.mapping(node, "image", IMAGE);
    return new ImageSpec(
        m.containsKey("size") ? size(m.get("size")) : d.size(),
        flag(m, "nonRoot", "image.nonRoot", d.nonRoot()),
        m.containsKey("user") ? in.string(m.get("user"), "image.user") : d.user(),
        m.containsKey("ports") ? Optional.of(ports(m.get("ports"))) : d.ports(),
        m.containsKey("env") ? env(m.get("env")) : d.env(),
        section(m, "healthcheck", d.healthcheck(), this::healthcheck),
        section(m, "labels", d.labels(), this::labels),
        flag(m, "execForm", "image.execForm", d.execForm()),
        m.containsKey("files") ? files(m.get("files")) : d.files(),
        flag(m, "noBuildTools", "image.noBuildTools", d.noBuildTools()),
        section(m, "secrets", d.secrets(), this::secrets),
        section(m, "efficiency", d.efficiency(), this::efficiency));
  }

  private Optional<ImageSpec.SizeLimit> size(Node node) {
    if (node instanceof ScalarNode) {
      return in.size(node, "image.size").map(b -> new ImageSpec.SizeLimit(b, ImageSpec.SizeMeasure.UNCOMPRESSED));
    }
    Map<String, Node> m = in.mapping(node, "image.size", List.of("max", "measure"));
    if (!m.containsKey("max")) {
      in.error(node, "image.size: missing 'max' (e.g. max: 500MB)");
      return Optional.empty();
    }
    Optional<Long> max = in.size(m.get("max"), "image.size.max");
    ImageSpec.SizeMeasure measure = ImageSpec.SizeMeasure.UNCOMPRESSED;
    if (m.containsKey("measure")) {
      measure = choice(m.get("measure"), "image.size.measure", ImageSpec.SizeMeasure.class)
          .orElse(ImageSpec.SizeMeasure.UNCOMPRESSED);
    }
    ImageSpec.SizeMeasure chosen = measure;
    return max.map(b -> new ImageSpec.SizeLimit(b, chosen));
  }

  private ImageSpec.Ports ports(Node node) {
    Node list = node;
    boolean only = false;
    if (node.getNodeType() == NodeType.MAPPING) {
      Map<String, Node> m = in.mapping(node, "image.ports", List.of("expose", "only"));
      list = m.get("expose");
      if (list == null) in.error(node, "image.ports: missing 'expose' (e.g. expose: [8000])");
      if (m.containsKey("only")) only = in.bool(m.get("only"), "image.ports.only").orElse(false);
    }
    List<String> ports = new ArrayList<>();
    List<Node> items = list == null ? List.of() : in.sequence(list, "image.ports");
    for (int i = 0; i < items.size(); i++) port(items.get(i), "image.ports[" + i + "]").ifPresent(ports::add);
    return new ImageSpec.Ports(ports, only);
  }

  /** {@code 8000} or {@code 8000/tcp} to the config's {@code 8000/tcp} spelling. */
  private Optional<String> port(Node node, String where) {
    Optional<String> text = in.string(node, where);
    if (text.isEmpty()) return Optional.empty();
    var m = PORT.matcher(text.get().trim().toLowerCase(Locale.ROOT));
    if (!m.matches() || Integer.parseInt(m.group(1)) < 1 || Integer.parseInt(m.group(1)) > 65535) {
      in.error(node, where + ": '" + text.get() + "' is not a port: use 1-65535, optionally /tcp, /udp or /sctp");
      return Optional.empty();
    }
    return Optional.of(Integer.parseInt(m.group(1)) + "/" + (m.group(2) == null ? "tcp" : m.group(2)));
  }

  private ImageSpec.Env env(Node node) {
    Map<String, Node> m = in.mapping(node, "image.env", List.of("present", "absent", "equals"));
    List<String> present = m.containsKey("present") ? in.strings(m.get("present"), "image.env.present") : List.of();
    List<String> absent = m.containsKey("absent") ? in.strings(m.get("absent"), "image.env.absent") : List.of();
    Map<String, String> equals = m.containsKey("equals") ? stringMap(m.get("equals"), "image.env.equals") : Map.of();
    for (String name : present) {
      if (absent.contains(name)) in.error(m.get("absent"), "image.env: " + name + " cannot be both present and absent");
    }
    return new ImageSpec.Env(present, absent, equals);
  }

  private Optional<ImageSpec.HealthcheckLimits> healthcheck(Node node) {
    Map<String, Node> m = in.mapping(node, "image.healthcheck",
        List.of("maxInterval", "maxTimeout", "maxStartPeriod", "maxRetries"));
    return Optional.of(new ImageSpec.HealthcheckLimits(
        duration(m, "maxInterval", "image.healthcheck"),
        duration(m, "maxTimeout", "image.healthcheck"),
        duration(m, "maxStartPeriod", "image.healthcheck"),
        m.containsKey("maxRetries")
            ? in.integer(m.get("maxRetries"), "image.healthcheck.maxRetries", 1, 1000)
                .map(v -> OptionalInt.of(v.intValue())).orElse(OptionalInt.empty())
            : OptionalInt.empty()));
  }

  private Optional<ImageSpec.Labels> labels(Node node) {
    Map<String, Node> m = in.mapping(node, "image.labels", List.of("required", "noPlaceholders", "ignore"));
    return Optional.of(new ImageSpec.Labels(
        m.containsKey("required") ? in.strings(m.get("required"), "image.labels.required") : List.of(),
        flag(m, "noPlaceholders", "image.labels.noPlaceholders", true),
        m.containsKey("ignore") ? in.strings(m.get("ignore"), "image.labels.ignore") : List.of()));
  }

  private List<FileExpectation> files(Node node) {
    List<FileExpectation> out = new ArrayList<>();
    List<Node> items = in.sequence(node, "image.files");
    for (int i = 0; i < items.size(); i++) {
      String where = "image.files[" + i + "]";
      Node item = items.get(i);
      Map<String, Node> m = in.mapping(item, where, List.of("path", "exists", "type", "mode", "uid", "gid"));
      Optional<String> path = m.containsKey("path") ? in.string(m.get("path"), where + ".path") : Optional.empty();
      if (!m.containsKey("path")) in.error(item, where + ": missing 'path'");
      path.filter(p -> !p.startsWith("/")).ifPresent(p -> in.error(m.get("path"), where + ".path: '" + p + "' must be absolute"));
      boolean exists = flag(m, "exists", where + ".exists", true);
      Optional<FileType> type = m.containsKey("type") ? fileType(m.get("type"), where + ".type") : Optional.empty();
      OptionalInt mode = m.containsKey("mode") ? mode(m.get("mode"), where + ".mode") : OptionalInt.empty();
      OptionalInt uid = id(m, "uid", where);
      OptionalInt gid = id(m, "gid", where);
      if (!exists) {
        for (String k : List.of("type", "mode", "uid", "gid")) {
          if (m.containsKey(k)) in.error(m.get(k), where + "." + k + ": makes no sense with exists: false");
        }
      }
      path.ifPresent(p -> out.add(new FileExpectation(p, exists, type, mode, uid, gid)));
    }
    return out;
  }

  private Optional<FileType> fileType(Node node, String where) {
    Optional<String> t = in.string(node, where);
    if (t.isEmpty()) return Optional.empty();
    return switch (t.get()) {
      case "file" -> Optional.of(FileType.FILE);
      case "dir", "directory" -> Optional.of(FileType.DIRECTORY);
      case "symlink" -> Optional.of(FileType.SYMLINK);
      default -> {
        in.error(node, where + ": '" + t.get() + "' is not a type: use file, dir or symlink");
        yield Optional.empty();
      }
    };
  }

  /** Octal as written: {@code 0755}, {@code "755"}, {@code 0o755} (YAML would read 0755 as decimal). */
  private OptionalInt mode(Node node, String where) {
    Optional<String> t = in.string(node, where);
    if (t.isEmpty()) return OptionalInt.empty();
    String v = t.get().trim();
    if (!OCTAL_MODE.matcher(v).matches()) {
      in.error(node, where + ": '" + v + "' is not an octal mode such as \"0755\"");
      return OptionalInt.empty();
    }
    return OptionalInt.of(Integer.parseInt(v.startsWith("0o") ? v.substring(2) : v, 8));
  }

  private OptionalInt id(Map<String, Node> m, String key, String where) {
    if (!m.containsKey(key)) return OptionalInt.empty();
    return in.integer(m.get(key), where + "." + key, 0, 4_294_967_294L)
        .map(v -> OptionalInt.of(v.intValue())).orElse(OptionalInt.empty());
  }

  private Optional<ImageSpec.Secrets> secrets(Node node) {
    Map<String, Node> m = in.mapping(node, "image.secrets", List.of("maxFileSize", "ignore"));
    long max = m.containsKey("maxFileSize")
        ? in.size(m.get("maxFileSize"), "image.secrets.maxFileSize").orElse(ImageSpec.Secrets.DEFAULT.maxFileBytes())
        : ImageSpec.Secrets.DEFAULT.maxFileBytes();
    List<String> ignore = m.containsKey("ignore") ? in.strings(m.get("ignore"), "image.secrets.ignore") : List.of();
    return Optional.of(new ImageSpec.Secrets(max, ignore));
  }

  private Optional<ImageSpec.Efficiency> efficiency(Node node) {
    Map<String, Node> m = in.mapping(node, "image.efficiency", List.of("minScore", "maxWasted", "maxUserWasted"));
    ImageSpec.Efficiency d = ImageSpec.Efficiency.DIVE_DEFAULTS;
    OptionalDouble minScore = m.containsKey("minScore")
        ? toDouble(offOr(m.get("minScore"), () -> in.ratio(m.get("minScore"), "image.efficiency.minScore")))
        : d.minScore();
    OptionalLong maxWasted = OptionalLong.empty();
    if (m.containsKey("maxWasted")) {
      Optional<Long> v = offOr(m.get("maxWasted"), () -> in.size(m.get("maxWasted"), "image.efficiency.maxWasted"));
      maxWasted = v.map(OptionalLong::of).orElse(OptionalLong.empty());
    }
    OptionalDouble maxUser = m.containsKey("maxUserWasted")
        ? toDouble(offOr(m.get("maxUserWasted"), () -> in.ratio(m.get("maxUserWasted"), "image.efficiency.maxUserWasted")))
        : d.maxUserWastedRatio();
    return Optional.of(new ImageSpec.Efficiency(minScore, maxWasted, maxUser));
  }

  // ---- runtime ----------------------------------------------------------------------------------

  private RuntimeSpec runtime(Node node) {
    if (isFalse(node)) return RuntimeSpec.NONE;
    RuntimeSpec d = RuntimeSpec.defaults();
    Map<String, Node> m = in.mapping(node, "runtime", RUNTIME);
    OptionalInt port = m.containsKey("port")
        ? in.integer(m.get("port"), "runtime.port", 1, 65535).map(v -> OptionalInt.of(v.intValue())).orElse(OptionalInt.empty())
        : d.port();
    List<HttpProbe> probes = m.containsKey("probes") ? probes(m.get("probes")) : d.probes();
    return new RuntimeSpec(
        port,
        m.containsKey("env") ? stringMap(m.get("env"), "runtime.env") : d.env(),
        m.containsKey("healthyWithin") ? offOr(m.get("healthyWithin"), () -> in.duration(m.get("healthyWithin"), "runtime.healthyWithin")) : d.healthyWithin(),
        probes,
        m.containsKey("concurrency") ? concurrency(m.get("concurrency"), probes) : d.concurrency(),
        flag(m, "nonRoot", "runtime.nonRoot", d.nonRoot()),
        m.containsKey("runAs") ? runAs(m.get("runAs")) : d.runAs(),
        m.containsKey("writable") ? absolutePaths(m.get("writable"), "runtime.writable") : d.writable(),
        flag(m, "readOnlyRootfs", "runtime.readOnlyRootfs", d.readOnlyRootfs()),
        m.containsKey("stopWithin") ? offOr(m.get("stopWithin"), () -> in.duration(m.get("stopWithin"), "runtime.stopWithin")) : d.stopWithin());
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

  // ---- structure tests -------------------------------------------------------------------------

  private List<Path> structureTests(Node node) {
    List<Path> out = new ArrayList<>();
    List<Node> items = in.sequence(node, "structureTests");
    for (int i = 0; i < items.size(); i++) {
      Node item = items.get(i);
      Optional<String> p = in.string(item, "structureTests[" + i + "]");
      if (p.isEmpty()) continue;
      Path path = baseDir.resolve(p.get()).normalize();
      if (!Files.isRegularFile(path)) {
        in.error(item, "structureTests[" + i + "]: no such file: " + path);
      } else {
        out.add(path);
      }
    }
    return out;
  }

  // ---- shared -------------------------------------------------------------------------------

  /** A boolean key, {@code fallback} when absent. */
  private boolean flag(Map<String, Node> m, String key, String where, boolean fallback) {
    return m.containsKey(key) ? in.bool(m.get(key), where).orElse(fallback) : fallback;
  }

  /**
   * A check section: absent → its default; {@code false} → off; {@code true} → its defaults;
   * a mapping → configured.
   */
  private <T> Optional<T> section(Map<String, Node> m, String key, Optional<T> fallback,
      java.util.function.Function<Node, Optional<T>> read) {
    Node node = m.get(key);
    if (node == null) return fallback;
    if (node.getTag().equals(Tag.BOOL)) {
      return in.bool(node, "image." + key).orElse(true) ? read.apply(null) : Optional.empty();
    }
    return read.apply(node);
  }

  private static boolean isFalse(Node node) {
    return node instanceof ScalarNode s && node.getTag().equals(Tag.BOOL) && s.getValue().equalsIgnoreCase("false");
  }

  /** {@code false} turns a limit off; anything else is read as the limit. */
  private <T> Optional<T> offOr(Node node, java.util.function.Supplier<Optional<T>> read) {
    return isFalse(node) ? Optional.empty() : read.get();
  }

  private Optional<Duration> duration(Map<String, Node> m, String key, String where) {
    return m.containsKey(key) ? in.duration(m.get(key), where + "." + key) : Optional.empty();
  }

  private Map<String, String> stringMap(Node node, String where) {
    Map<String, String> out = new LinkedHashMap<>();
    for (SpecReader.Entry e : in.openMapping(node, where)) {
      in.stringOrEmpty(e.value(), SpecReader.qualify(where, e.key())).ifPresent(v -> out.put(e.key(), v));
    }
    return out;
  }

  private List<String> absolutePaths(Node node, String where) {
    List<String> paths = in.strings(node, where);
    List<Node> items = in.sequence(node, where);
    for (int i = 0; i < paths.size() && i < items.size(); i++) {
      if (!paths.get(i).startsWith("/")) in.error(items.get(i), where + "[" + i + "]: '" + paths.get(i) + "' must be absolute");
    }
    return paths;
  }

  private <E extends Enum<E>> Optional<E> choice(Node node, String where, Class<E> type) {
    Optional<String> v = in.string(node, where);
    if (v.isEmpty()) return Optional.empty();
    for (E e : type.getEnumConstants()) {
      if (e.name().equalsIgnoreCase(v.get())) return Optional.of(e);
    }
    List<String> names = new ArrayList<>();
    for (E e : type.getEnumConstants()) names.add(e.name().toLowerCase(Locale.ROOT));
    in.error(node, where + ": '" + v.get() + "' is not one of " + String.join(", ", names));
    return Optional.empty();
  }

  private static OptionalDouble toDouble(Optional<Double> v) {
    return v.map(OptionalDouble::of).orElse(OptionalDouble.empty());
  }
}
