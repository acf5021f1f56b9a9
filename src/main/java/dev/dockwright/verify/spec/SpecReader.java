package dev.dockwright.verify.spec;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.NodeType;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Typed reading of a YAML (or JSON) node tree that keeps every value's position, collecting
 * {@code file:line:column: where: message} errors instead of stopping at the first. Each getter
 * takes {@code where}, the dotted key path the user wrote ({@code image.size.max}), so messages
 * say which setting is wrong, not only where.
 */
public final class SpecReader {
  private final String file;
  private final boolean lenientKeys;
  private final List<Located> errors = new ArrayList<>();

  /** An error and where it is, so errors can be listed in file order. */
  private record Located(int line, int column, String text) {}

  /** A mapping entry of a user-named key. */
  public record Entry(String key, Node keyNode, Node value) {}

  /** Strict reading: unknown keys are errors, keys are case-sensitive. */
  public SpecReader(String file) {
    this(file, false);
  }

  /**
   * @param lenientKeys ignore unknown keys and match keys case-insensitively, as Go's
   *     {@code encoding/json} does (container-structure-test reads its JSON files that way)
   */
  public SpecReader(String file, boolean lenientKeys) {
    this.file = file;
    this.lenientKeys = lenientKeys;
  }

  /** The document's root node; empty for an empty document. Syntax errors throw at once. */
  public Optional<Node> compose(String text) {
    LoadSettings settings = LoadSettings.builder().setLabel(file).setAllowDuplicateKeys(true)
        .setCodePointLimit(Integer.MAX_VALUE).build();
    try {
      return new Compose(settings).composeString(text);
    } catch (MarkedYamlEngineException e) {
      Optional<Mark> mark = e.getProblemMark().or(e::getContextMark);
      String where = mark.map(m -> file + ":" + (m.getLine() + 1) + ":" + (m.getColumn() + 1))
          .orElse(file);
      String problem = e.getProblem() == null ? "invalid YAML" : e.getProblem();
      String context = e.getContext() == null ? "" : " (" + e.getContext() + ")";
      throw new SpecException(List.of(where + ": invalid YAML: " + problem + context));
    } catch (YamlEngineException e) {
      throw new SpecException(List.of(file + ": invalid YAML: " + e.getMessage()));
    }
  }

  public String file() {
    return file;
  }

  public void error(Node at, String message) {
    Optional<Mark> m = at.getStartMark();
    errors.add(new Located(m.map(Mark::getLine).orElse(-1), m.map(Mark::getColumn).orElse(-1),
        location(at) + ": " + message));
  }

  /** An error about the whole file (something missing from it). */
  public void error(String message) {
    errors.add(new Located(-1, -1, file + ": " + message));
  }

  public String location(Node at) {
    return at.getStartMark()
        .map(m -> file + ":" + (m.getLine() + 1) + ":" + (m.getColumn() + 1))
        .orElse(file);
  }

  /** Errors so far, in file order. */
  public List<String> errors() {
    return errors.stream()
        .sorted(java.util.Comparator.comparingInt(Located::line).thenComparingInt(Located::column))
        .map(Located::text)
        .toList();
  }

  public void throwIfErrors() {
    if (!errors.isEmpty()) throw new SpecException(errors());
  }

  public static boolean isNull(Node n) {
    return n == null || n.getTag().equals(Tag.NULL);
  }

  /**
   * The entries of a mapping by key, in file order. A null value (a key with nothing after it)
   * reads as an empty mapping. Unknown and repeated keys are errors, reported at the key.
   */
  public Map<String, Node> mapping(Node n, String where, Collection<String> allowed) {
    Map<String, Node> out = new LinkedHashMap<>();
    if (isNull(n)) return out;
    if (n.getNodeType() != NodeType.MAPPING) {
      error(n, where + ": expected a mapping of " + String.join(", ", allowed) + "; got " + describe(n));
      return out;
    }
    for (NodeTuple t : ((MappingNode) n).getValue()) {
      Node keyNode = t.getKeyNode();
      if (!(keyNode instanceof ScalarNode k)) {
        error(keyNode, where + ": keys must be plain words");
        continue;
      }
      String key = canonical(k.getValue(), allowed);
      if (key == null) {
        if (!lenientKeys) error(keyNode, qualify(where, k.getValue()) + ": unknown key" + suggestion(k.getValue(), allowed));
        continue;
      }
      if (out.containsKey(key)) {
        error(keyNode, qualify(where, key) + ": duplicate key");
        continue;
      }
      out.put(key, t.getValueNode());
    }
    return out;
  }

  /** Any key allowed: for maps of user names (env vars, labels), in file order. */
  public List<Entry> openMapping(Node n, String where) {
    List<Entry> out = new ArrayList<>();
    if (isNull(n)) return out;
    if (n.getNodeType() != NodeType.MAPPING) {
      error(n, where + ": expected a mapping of names to values; got " + describe(n));
      return out;
    }
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (NodeTuple t : ((MappingNode) n).getValue()) {
      if (!(t.getKeyNode() instanceof ScalarNode k)) {
        error(t.getKeyNode(), where + ": keys must be plain words");
      } else if (!seen.add(k.getValue())) {
        error(k, qualify(where, k.getValue()) + ": duplicate key");
      } else {
        out.add(new Entry(k.getValue(), k, t.getValueNode()));
      }
    }
    return out;
  }

  public List<Node> sequence(Node n, String where) {
    if (isNull(n)) return List.of();
    if (n.getNodeType() != NodeType.SEQUENCE) {
      error(n, where + ": expected a list; got " + describe(n));
      return List.of();
    }
    return ((SequenceNode) n).getValue();
  }

  /** Any scalar as text ({@code 8000} and {@code "8000"} both read as "8000"). */
  public Optional<String> string(Node n, String where) {
    if (n instanceof ScalarNode s && !isNull(n)) return Optional.of(s.getValue());
    error(n, where + ": expected a text value; got " + describe(n));
    return Optional.empty();
  }

  /** A scalar's text, null reading as the empty string (CST's {@code value: ''} and {@code value:}). */
  public Optional<String> stringOrEmpty(Node n, String where) {
    if (isNull(n)) return Optional.of("");
    return string(n, where);
  }

  public Optional<Boolean> bool(Node n, String where) {
    if (n instanceof ScalarNode s && n.getTag().equals(Tag.BOOL)) {
      return Optional.of(s.getValue().toLowerCase(Locale.ROOT).equals("true"));
    }
    error(n, where + ": expected true or false; got " + describe(n));
    return Optional.empty();
  }

  /**
   * A boolean as YAML 1.1 spells them too ({@code yes}, {@code no}, {@code on}, {@code off}):
   * for files written for Go's yaml.v2, such as container-structure-test's.
   */
  public Optional<Boolean> yaml11Bool(Node n, String where) {
    if (n instanceof ScalarNode s && !isNull(n)) {
      switch (s.getValue()) {
        case "true", "True", "TRUE", "yes", "Yes", "YES", "y", "Y", "on", "On", "ON":
          return Optional.of(true);
        case "false", "False", "FALSE", "no", "No", "NO", "n", "N", "off", "Off", "OFF":
          return Optional.of(false);
        default:
          break;
      }
    }
    error(n, where + ": expected true or false; got " + describe(n));
    return Optional.empty();
  }

  public Optional<Long> integer(Node n, String where, long min, long max) {
    if (n instanceof ScalarNode s && n.getTag().equals(Tag.INT)) {
      try {
        String t = s.getValue().replace("_", "");
        long v = t.startsWith("0o") ? Long.parseLong(t.substring(2), 8)
            : t.startsWith("0x") ? Long.parseLong(t.substring(2), 16)
            : Long.parseLong(t);
        if (v >= min && v <= max) return Optional.of(v);
        error(n, where + ": " + v + " is out of range (" + min + " to " + max + ")");
        return Optional.empty();
      } catch (NumberFormatException e) {
        // fall through to the type error
      }
    }
    error(n, where + ": expected a whole number; got " + describe(n));
    return Optional.empty();
  }

  public List<String> strings(Node n, String where) {
    List<String> out = new ArrayList<>();
    List<Node> items = sequence(n, where);
    for (int i = 0; i < items.size(); i++) string(items.get(i), where + "[" + i + "]").ifPresent(out::add);
    return out;
  }

  public Optional<Duration> duration(Node n, String where) {
    if (n instanceof ScalarNode s && !isNull(n)) {
      Optional<Duration> d = Durations.parse(s.getValue());
      if (d.isPresent()) return d;
      String hint = s.getValue().matches("\\d+(\\.\\d+)?") ? " (add a unit: " + s.getValue() + "s)" : "";
      error(n, where + ": '" + s.getValue() + "' is not a duration: use ms, s, m or h, e.g. 30s, 1m30s" + hint);
      return Optional.empty();
    }
    error(n, where + ": expected a duration such as 30s; got " + describe(n));
    return Optional.empty();
  }

  public Optional<Long> size(Node n, String where) {
    if (n instanceof ScalarNode s && !isNull(n)) {
      Optional<Long> b = ByteSize.parse(s.getValue());
      if (b.isPresent()) return b;
      error(n, where + ": '" + s.getValue()
          + "' is not a size: use B, kB, MB, GB (powers of 1000) or KiB, MiB, GiB (powers of 1024), e.g. 500MB");
      return Optional.empty();
    }
    error(n, where + ": expected a size such as 500MB; got " + describe(n));
    return Optional.empty();
  }

  /** A fraction: {@code 0.1} or {@code 10%}, between 0 and 1. */
  public Optional<Double> ratio(Node n, String where) {
    if (n instanceof ScalarNode s && !isNull(n)) {
      String v = s.getValue().trim();
      try {
        double r = v.endsWith("%") ? Double.parseDouble(v.substring(0, v.length() - 1).trim()) / 100
            : Double.parseDouble(v);
        if (r >= 0 && r <= 1) return Optional.of(r);
      } catch (NumberFormatException e) {
        // reported below
      }
      error(n, where + ": '" + v + "' is not a ratio: use a number from 0 to 1 (0.9) or a percentage (90%)");
      return Optional.empty();
    }
    error(n, where + ": expected a ratio such as 0.9 or 90%; got " + describe(n));
    return Optional.empty();
  }

  public static String qualify(String where, String key) {
    return where.isEmpty() ? key : where + "." + key;
  }

  private String canonical(String key, Collection<String> allowed) {
    if (allowed.contains(key)) return key;
    if (!lenientKeys) return null;
    for (String a : allowed) if (a.equalsIgnoreCase(key)) return a;
    return null;
  }

  private static String suggestion(String key, Collection<String> allowed) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String a : allowed) {
      int d = distance(key.toLowerCase(Locale.ROOT), a.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        bestDistance = d;
        best = a;
      }
    }
    if (best != null && bestDistance <= Math.max(2, key.length() / 4)) return " (did you mean '" + best + "'?)";
    return " (expected one of: " + String.join(", ", allowed) + ")";
  }

  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) prev[j] = j;
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  static String describe(Node n) {
    if (isNull(n)) return "nothing";
    return switch (n.getNodeType()) {
      case MAPPING -> "a mapping";
      case SEQUENCE -> "a list";
      default -> {
        ScalarNode s = (ScalarNode) n;
        String v = s.getValue();
        yield "'" + (v.length() > 40 ? v.substring(0, 40) + "…" : v) + "'";
      }
    };
  }

  // ---- shapes shared by spec sections -----------------------------------------------------------

  /** A boolean key, {@code fallback} when absent. */
  public boolean flag(Map<String, Node> m, String key, String where, boolean fallback) {
    return m.containsKey(key) ? bool(m.get(key), where).orElse(fallback) : fallback;
  }

  /**
   * A check section: absent → its default; {@code false} → off; {@code true} → its defaults;
   * a mapping → configured.
   */
  public <T> Optional<T> section(Map<String, Node> m, String key, String where, Optional<T> fallback,
      Function<Node, Optional<T>> read) {
    Node node = m.get(key);
    if (node == null) return fallback;
    if (node.getTag().equals(Tag.BOOL)) {
      return bool(node, qualify(where, key)).orElse(true) ? read.apply(null) : Optional.empty();
    }
    return read.apply(node);
  }

  public static boolean isFalse(Node node) {
    return node instanceof ScalarNode s && node.getTag().equals(Tag.BOOL) && s.getValue().equalsIgnoreCase("false");
  }

  /** {@code false} turns a limit off; anything else is read as the limit. */
  public <T> Optional<T> offOr(Node node, Supplier<Optional<T>> read) {
    return isFalse(node) ? Optional.empty() : read.get();
  }

  public Optional<Duration> duration(Map<String, Node> m, String key, String where) {
    return m.containsKey(key) ? duration(m.get(key), where + "." + key) : Optional.empty();
  }

  public Map<String, String> stringMap(Node node, String where) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Entry e : openMapping(node, where)) {
      stringOrEmpty(e.value(), qualify(where, e.key())).ifPresent(v -> out.put(e.key(), v));
    }
    return out;
  }

  public List<String> absolutePaths(Node node, String where) {
    List<String> out = new ArrayList<>();
    List<Node> items = sequence(node, where);
    for (int i = 0; i < items.size(); i++) {
      Optional<String> p = string(items.get(i), where + "[" + i + "]");
      if (p.isEmpty()) continue;
      if (!p.get().startsWith("/")) error(items.get(i), where + "[" + i + "]: '" + p.get() + "' must be absolute");
      out.add(p.get());
    }
    return out;
  }

  public <E extends Enum<E>> Optional<E> choice(Node node, String where, Class<E> type) {
    Optional<String> v = string(node, where);
    if (v.isEmpty()) return Optional.empty();
    for (E e : type.getEnumConstants()) {
      if (e.name().equalsIgnoreCase(v.get())) return Optional.of(e);
    }
    List<String> names = new ArrayList<>();
    for (E e : type.getEnumConstants()) names.add(e.name().toLowerCase(Locale.ROOT));
    error(node, where + ": '" + v.get() + "' is not one of " + String.join(", ", names));
    return Optional.empty();
  }
}
