package dev.dockwright.compose;

import dev.dockwright.syntax.Range;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * One service of a Compose file, read the way docker compose reads it (merge keys applied, short
 * and long syntaxes). Values that are not shaped as Compose documents them are skipped here:
 * reading is lenient, rules only see what they can trust.
 */
public final class Service {

  private final String name;
  private final Range nameRange;
  private final MappingNode node;
  private final YamlText yaml;

  Service(String name, Range nameRange, MappingNode node, YamlText yaml) {
    this.name = name;
    this.nameRange = nameRange;
    this.node = node;
    this.yaml = yaml;
  }

  public String name() {
    return name;
  }

  /** Where the service's name (its key under {@code services:}) is. */
  public Range nameRange() {
    return nameRange;
  }

  /** The value of a key, when it is a scalar. */
  public Optional<Scalar> scalar(String key) {
    return YamlText.get(node, key).flatMap(yaml::scalar);
  }

  /** {@code image:}. */
  public Optional<Scalar> image() {
    return scalar("image");
  }

  /** {@code build:}, when it names a context. */
  public Optional<Build> build() {
    Optional<Node> value = YamlText.get(node, "build");
    if (value.isEmpty()) {
      return Optional.empty();
    }
    Node v = value.get();
    Range range = yaml.range(v);
    if (v instanceof ScalarNode) {
      return yaml.scalar(v).map(c -> new Build(c, Optional.empty(), false, Optional.empty(),
          Map.of(), range));
    }
    if (!(v instanceof MappingNode m)) {
      return Optional.empty();
    }
    Scalar context = YamlText.get(m, "context").flatMap(yaml::scalar)
        .orElse(new Scalar(".", range, true));
    Optional<Scalar> dockerfile = YamlText.get(m, "dockerfile").flatMap(yaml::scalar);
    boolean inline = YamlText.get(m, "dockerfile_inline").isPresent();
    Optional<String> target = YamlText.get(m, "target").flatMap(yaml::scalar).map(Scalar::value);
    return Optional.of(new Build(context, dockerfile, inline, target,
        keyValues(YamlText.get(m, "args")), range));
  }

  /** {@code healthcheck:}. */
  public Optional<Healthcheck> healthcheck() {
    Optional<Node> value = YamlText.get(node, "healthcheck");
    if (value.isEmpty() || !(value.get() instanceof MappingNode m)) {
      return Optional.empty();
    }
    boolean disabled = YamlText.get(m, "disable").flatMap(yaml::scalar)
        .map(s -> s.value().toLowerCase(Locale.ROOT).equals("true")).orElse(false);
    Optional<Healthcheck.Test> test = YamlText.get(m, "test").flatMap(this::test);
    if (test.isPresent() && test.get().argv().isEmpty() && test.get().shell().isEmpty()) {
      disabled = true; // ["NONE"]
    }
    return Optional.of(new Healthcheck(disabled, test, yaml.range(m)));
  }

  private Optional<Healthcheck.Test> test(Node t) {
    Range range = yaml.range(t);
    if (t instanceof ScalarNode) {
      Optional<Scalar> s = yaml.scalar(t);
      return s.filter(x -> !x.value().isBlank())
          .map(x -> new Healthcheck.Test(false, List.of(), Optional.of(x), range));
    }
    if (!(t instanceof SequenceNode seq) || seq.getValue().isEmpty()) {
      return Optional.empty();
    }
    List<Scalar> items = new ArrayList<>();
    for (Node item : seq.getValue()) {
      yaml.scalar(item).ifPresent(items::add);
    }
    if (items.size() != seq.getValue().size()) {
      return Optional.empty();
    }
    String kind = items.get(0).value();
    return switch (kind) {
      case "NONE" -> Optional.of(new Healthcheck.Test(false, List.of(), Optional.empty(), range));
      case "CMD" -> Optional.of(new Healthcheck.Test(true, items.subList(1, items.size()),
          Optional.empty(), range));
      case "CMD-SHELL" -> items.size() < 2 ? Optional.empty()
          : Optional.of(new Healthcheck.Test(false, List.of(),
              Optional.of(items.get(1)), range));
      default -> Optional.empty();
    };
  }

  /** {@code depends_on}, in either form. */
  public List<Dependency> dependsOn() {
    Optional<Node> value = YamlText.get(node, "depends_on");
    List<Dependency> out = new ArrayList<>();
    if (value.isEmpty()) {
      return out;
    }
    if (value.get() instanceof SequenceNode seq) {
      for (Node item : seq.getValue()) {
        yaml.scalar(item).ifPresent(s -> out.add(new Dependency(s.value(), s.range(),
            Optional.empty())));
      }
    } else if (value.get() instanceof MappingNode m) {
      for (YamlText.Entry e : YamlText.entries(m)) {
        Optional<Scalar> condition = e.value() instanceof MappingNode spec
            ? YamlText.get(spec, "condition").flatMap(yaml::scalar) : Optional.empty();
        out.add(new Dependency(e.key(), yaml.range(e.keyNode()), condition));
      }
    }
    return out;
  }

  /** {@code environment}, in either form. */
  public List<EnvironmentVariable> environment() {
    Optional<Node> value = YamlText.get(node, "environment");
    List<EnvironmentVariable> out = new ArrayList<>();
    if (value.isEmpty()) {
      return out;
    }
    if (value.get() instanceof MappingNode m) {
      for (YamlText.Entry e : YamlText.entries(m)) {
        Optional<Scalar> v = YamlText.isNull(e.value()) ? Optional.empty() : yaml.scalar(e.value());
        out.add(new EnvironmentVariable(e.key(), yaml.range(e.keyNode()), v));
      }
    } else if (value.get() instanceof SequenceNode seq) {
      for (Node item : seq.getValue()) {
        yaml.scalar(item).ifPresent(s -> out.add(listVariable(s)));
      }
    }
    return out;
  }

  /** {@code - KEY=value}: the value's range is the part after {@code =} when written plainly. */
  private EnvironmentVariable listVariable(Scalar item) {
    String text = item.value();
    int eq = text.indexOf('=');
    if (eq < 0) {
      return new EnvironmentVariable(text.strip(), item.range(), Optional.empty());
    }
    Range valueRange = item.range();
    Range nameRange = item.range();
    String source = item.range().text(yaml.text());
    int at = source.indexOf(text);
    if (at >= 0) {
      int start = item.range().startOffset() + at;
      valueRange = yaml.lines().range(start + eq + 1, start + text.length());
      nameRange = yaml.lines().range(start, start + eq);
    }
    return new EnvironmentVariable(text.substring(0, eq).strip(), nameRange,
        Optional.of(new Scalar(text.substring(eq + 1), valueRange, item.plain())));
  }

  /** {@code ports}, in either syntax. */
  public List<PortMapping> ports() {
    Optional<Node> value = YamlText.get(node, "ports");
    List<PortMapping> out = new ArrayList<>();
    if (value.isEmpty() || !(value.get() instanceof SequenceNode seq)) {
      return out;
    }
    for (Node item : seq.getValue()) {
      if (item instanceof ScalarNode) {
        yaml.scalar(item).ifPresent(s -> out.add(PortMapping.parseShort(s)));
      } else if (item instanceof MappingNode m) {
        Optional<String> target = YamlText.get(m, "target").flatMap(yaml::scalar).map(Scalar::value);
        if (target.isEmpty()) {
          continue;
        }
        Optional<String> published = YamlText.get(m, "published").flatMap(yaml::scalar)
            .map(Scalar::value);
        Optional<String> hostIp = YamlText.get(m, "host_ip").flatMap(yaml::scalar)
            .map(Scalar::value).filter(s -> !s.isBlank());
        String text = hostIp.map(ip -> ip + ":").orElse("") + published.map(p -> p + ":")
            .orElse("") + target.get();
        out.add(new PortMapping(text, hostIp, published, target.get(), yaml.range(m), false,
            Optional.empty()));
      }
    }
    return out;
  }

  /** A mapping or a {@code KEY=value} list as a map (names without values are left out). */
  private Map<String, String> keyValues(Optional<Node> value) {
    Map<String, String> out = new LinkedHashMap<>();
    if (value.isEmpty()) {
      return out;
    }
    if (value.get() instanceof MappingNode m) {
      for (YamlText.Entry e : YamlText.entries(m)) {
        yaml.scalar(e.value()).filter(s -> !YamlText.isNull(e.value()))
            .ifPresent(s -> out.put(e.key(), s.value()));
      }
    } else if (value.get() instanceof SequenceNode seq) {
      for (Node item : seq.getValue()) {
        yaml.scalar(item).map(Scalar::value).filter(s -> s.contains("="))
            .ifPresent(s -> out.put(s.substring(0, s.indexOf('=')), s.substring(s.indexOf('=') + 1)));
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return "Service[" + name + "]";
  }
}
