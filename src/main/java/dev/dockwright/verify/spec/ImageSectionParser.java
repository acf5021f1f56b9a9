package dev.dockwright.verify.spec;

import dev.dockwright.verify.spec.ImageSpec.FileExpectation;
import dev.dockwright.verify.spec.ImageSpec.FileType;
import java.util.ArrayList;
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

/** The {@code image:} section of a verify spec. */
final class ImageSectionParser {
  static final List<String> KEYS = List.of("size", "nonRoot", "user", "ports", "env", "healthcheck",
      "labels", "execForm", "files", "noBuildTools", "secrets", "efficiency");
  private static final Pattern PORT = Pattern.compile("(\\d{1,5})(?:/(tcp|udp|sctp))?");
  private static final Pattern OCTAL_MODE = Pattern.compile("0?[0-7]{3,4}|0o[0-7]{3,4}");

  private final SpecReader in;

  ImageSectionParser(SpecReader in) {
    this.in = in;
  }

  ImageSpec read(Node node) {
    ImageSpec d = ImageSpec.defaults();
    Map<String, Node> m = in.mapping(node, "image", KEYS);
    return new ImageSpec(
        m.containsKey("size") ? size(m.get("size")) : d.size(),
        in.flag(m, "nonRoot", "image.nonRoot", d.nonRoot()),
        m.containsKey("user") ? in.string(m.get("user"), "image.user") : d.user(),
        m.containsKey("ports") ? Optional.of(ports(m.get("ports"))) : d.ports(),
        m.containsKey("env") ? env(m.get("env")) : d.env(),
        in.section(m, "healthcheck", "image", d.healthcheck(), this::healthcheck),
        in.section(m, "labels", "image", d.labels(), this::labels),
        in.flag(m, "execForm", "image.execForm", d.execForm()),
        m.containsKey("files") ? files(m.get("files")) : d.files(),
        in.flag(m, "noBuildTools", "image.noBuildTools", d.noBuildTools()),
        in.section(m, "secrets", "image", d.secrets(), this::secrets),
        in.section(m, "efficiency", "image", d.efficiency(), this::efficiency));
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
      measure = in.choice(m.get("measure"), "image.size.measure", ImageSpec.SizeMeasure.class)
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
    Map<String, String> equals = m.containsKey("equals") ? in.stringMap(m.get("equals"), "image.env.equals") : Map.of();
    for (String name : present) {
      if (absent.contains(name)) in.error(m.get("absent"), "image.env: " + name + " cannot be both present and absent");
    }
    return new ImageSpec.Env(present, absent, equals);
  }

  private Optional<ImageSpec.HealthcheckLimits> healthcheck(Node node) {
    Map<String, Node> m = in.mapping(node, "image.healthcheck",
        List.of("maxInterval", "maxTimeout", "maxStartPeriod", "maxRetries"));
    return Optional.of(new ImageSpec.HealthcheckLimits(
        in.duration(m, "maxInterval", "image.healthcheck"),
        in.duration(m, "maxTimeout", "image.healthcheck"),
        in.duration(m, "maxStartPeriod", "image.healthcheck"),
        m.containsKey("maxRetries")
            ? in.integer(m.get("maxRetries"), "image.healthcheck.maxRetries", 1, 1000)
                .map(v -> OptionalInt.of(v.intValue())).orElse(OptionalInt.empty())
            : OptionalInt.empty()));
  }

  private Optional<ImageSpec.Labels> labels(Node node) {
    Map<String, Node> m = in.mapping(node, "image.labels", List.of("required", "noPlaceholders", "ignore"));
    return Optional.of(new ImageSpec.Labels(
        m.containsKey("required") ? in.strings(m.get("required"), "image.labels.required") : List.of(),
        in.flag(m, "noPlaceholders", "image.labels.noPlaceholders", true),
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
      boolean exists = in.flag(m, "exists", where + ".exists", true);
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
        ? toDouble(in.offOr(m.get("minScore"), () -> in.ratio(m.get("minScore"), "image.efficiency.minScore")))
        : d.minScore();
    OptionalLong maxWasted = OptionalLong.empty();
    if (m.containsKey("maxWasted")) {
      Optional<Long> v = in.offOr(m.get("maxWasted"), () -> in.size(m.get("maxWasted"), "image.efficiency.maxWasted"));
      maxWasted = v.map(OptionalLong::of).orElse(OptionalLong.empty());
    }
    OptionalDouble maxUser = m.containsKey("maxUserWasted")
        ? toDouble(in.offOr(m.get("maxUserWasted"), () -> in.ratio(m.get("maxUserWasted"), "image.efficiency.maxUserWasted")))
        : d.maxUserWastedRatio();
    return Optional.of(new ImageSpec.Efficiency(minScore, maxWasted, maxUser));
  }

  private static OptionalDouble toDouble(Optional<Double> v) {
    return v.map(OptionalDouble::of).orElse(OptionalDouble.empty());
  }
}
