package dev.dockwright.lint.config;

import dev.dockwright.io.StrictUtf8;
import dev.dockwright.io.UserException;
import dev.dockwright.lint.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reads a {@code .dockwright.yaml} or {@code .hadolint.yaml}. Every problem is a {@link
 * UserException} (exit code 2) whose message starts with {@code file:line:column:}.
 *
 * <h2>Schema</h2>
 *
 * All keys are optional; unknown keys are errors (a misspelt key would otherwise be silently
 * ignored). Rule keys are codes or names: {@code DL3008}, {@code JSONArgsRecommended},
 * {@code SC2086}, {@code DW0001}.
 *
 * <pre>
 * # hadolint's keys, same meaning
 * ignored: [DL3008, SC2086]          # rules switched off
 * override:                          # severity per rule
 *   error: [DL3007]
 *   warning: [DL3015]
 *   info: []
 *   style: []
 * trustedRegistries: [docker.io, ghcr.io]   # also: trusted-registries
 * label-schema: {maintainer: text, org.opencontainers.image.source: url}
 *                                    # types: text url semver hash rfc3339 spdx email
 * strict-labels: false               # labels outside the schema are reported
 * failure-threshold: info            # error | warning | info | style | none
 * no-fail: false                     # exit 0 whatever is found
 * disable-ignore-pragma: false       # ignore "# hadolint ignore=" / "# dockwright ignore=" comments
 * no-color: false
 * output-format: tty                 # accepted for compatibility, not used (use --format)
 * verbose: false                     # accepted for compatibility, not used
 *
 * # dockwright's own keys
 * rules:                             # severity per rule; wins over override
 *   DL3008: off                      # off | ignore | error | warning | info | style
 *   InvalidDefinitionDescription: warning   # any severity switches an experimental rule on
 * shellcheck: true                   # run ShellCheck on RUN scripts (default: when installed)
 * one-per-problem: false             # report a problem once where rules overlap (DL3042, DW1004)
 * </pre>
 *
 * <p>{@code ignored} wins over {@code override} and {@code rules}. A later {@code override} list
 * wins over an earlier one for the same rule; {@code rules} wins over {@code override}.
 */
public final class ConfigLoader {

  private static final Set<String> IGNORED_COMPAT_KEYS = Set.of("output-format", "verbose");

  private final String displayName;

  private ConfigLoader(String displayName) {
    this.displayName = displayName;
  }

  /** Loads {@code file}; messages name it as {@code displayName}. */
  public static LintConfig load(Path file, String displayName) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UserException(displayName + ": cannot read config: " + describe(e));
    }
    String text;
    try {
      text = StrictUtf8.decode(bytes);
    } catch (StrictUtf8.Malformed e) {
      throw new UserException(displayName + ": config is not valid UTF-8");
    }
    return parse(text, file, displayName);
  }

  /** Parses config text; {@code source} is recorded in the result. */
  public static LintConfig parse(String text, Path source, String displayName) {
    return new ConfigLoader(displayName).read(text, source);
  }

  private LintConfig read(String text, Path source) {
    Optional<Node> root;
    try {
      LoadSettings settings = LoadSettings.builder().setLabel(displayName).build();
      root = new Compose(settings).composeString(text);
    } catch (MarkedYamlEngineException e) {
      Optional<Mark> mark = e.getProblemMark().or(e::getContextMark);
      String problem = e.getProblem() != null ? e.getProblem() : e.getContext();
      throw error(mark, "invalid YAML: " + oneLine(problem));
    } catch (YamlEngineException e) {
      throw new UserException(displayName + ":1:1: invalid YAML: " + oneLine(e.getMessage()));
    }
    if (root.isEmpty() || isNull(root.get())) {
      return new LintConfig(Optional.ofNullable(source), Set.of(), Map.of(), Set.of(), Map.of(),
          false, Optional.empty(), Optional.empty(), false, Optional.empty(), Optional.empty(),
          false);
    }
    MappingNode mapping = mapping(root.get(), "the config");

    Set<String> ignored = new LinkedHashSet<>();
    Map<String, Severity> overrides = new LinkedHashMap<>();
    Map<String, Severity> rules = new LinkedHashMap<>();
    Set<String> registries = new LinkedHashSet<>();
    Map<String, LabelType> labelSchema = new LinkedHashMap<>();
    boolean strictLabels = false;
    Optional<Severity> threshold = Optional.empty();
    Optional<Boolean> noFail = Optional.empty();
    boolean disablePragma = false;
    Optional<Boolean> shellcheck = Optional.empty();
    Optional<Boolean> noColor = Optional.empty();
    boolean onePerProblem = false;

    for (NodeTuple entry : entries(mapping)) {
      String key = scalar(entry.getKeyNode(), "a key");
      Node value = entry.getValueNode();
      switch (key) {
        case "ignored" -> ignored.addAll(ruleList(value, key));
        case "override" -> {
          for (NodeTuple level : entries(mapping(value, "'override'"))) {
            String name = scalar(level.getKeyNode(), "a severity");
            Severity severity = Severity.parse(name);
            if (severity == null || severity == Severity.OFF) {
              throw error(level.getKeyNode(), "'override' takes error, warning, info or style,"
                  + " not '" + name + "'");
            }
            for (String rule : ruleList(level.getValueNode(), "override." + name)) {
              overrides.put(rule, severity);
            }
          }
        }
        case "rules" -> {
          for (NodeTuple rule : entries(mapping(value, "'rules'"))) {
            String code = scalar(rule.getKeyNode(), "a rule code");
            rules.put(code, severity(rule.getValueNode(), "rules." + code));
          }
        }
        case "trustedRegistries", "trusted-registries" -> registries.addAll(stringList(value, key));
        case "label-schema" -> {
          for (NodeTuple label : entries(mapping(value, "'label-schema'"))) {
            String name = scalar(label.getKeyNode(), "a label name");
            String typeName = scalar(label.getValueNode(), "a label type");
            LabelType type = LabelType.parse(typeName);
            if (type == null) {
              throw error(label.getValueNode(), "unknown label type '" + typeName
                  + "' (expected text, url, semver, hash, rfc3339, spdx or email)");
            }
            labelSchema.put(name, type);
          }
        }
        case "strict-labels" -> strictLabels = bool(value, key);
        case "failure-threshold" -> threshold = Optional.of(severity(value, key));
        case "no-fail" -> noFail = Optional.of(bool(value, key));
        case "disable-ignore-pragma" -> disablePragma = bool(value, key);
        case "shellcheck" -> shellcheck = Optional.of(bool(value, key));
        case "no-color" -> noColor = Optional.of(bool(value, key));
        case "one-per-problem" -> onePerProblem = bool(value, key);
        default -> {
          if (!IGNORED_COMPAT_KEYS.contains(key)) {
            throw error(entry.getKeyNode(), "unknown key '" + key + "' (known: ignored, override,"
                + " rules, trustedRegistries, label-schema, strict-labels, failure-threshold,"
                + " no-fail, disable-ignore-pragma, shellcheck, no-color, one-per-problem)");
          }
        }
      }
    }
    Map<String, Severity> severities = new LinkedHashMap<>(overrides);
    severities.putAll(rules);
    return new LintConfig(Optional.ofNullable(source), ignored, severities, registries,
        labelSchema, strictLabels, threshold, noFail, disablePragma, shellcheck, noColor,
        onePerProblem);
  }

  // ---- typed access with positions -------------------------------------------------------------

  private List<NodeTuple> entries(MappingNode mapping) {
    Set<String> seen = new HashSet<>();
    for (NodeTuple tuple : mapping.getValue()) {
      Node key = tuple.getKeyNode();
      if (key instanceof ScalarNode scalar && !seen.add(scalar.getValue())) {
        throw error(key, "duplicate key '" + scalar.getValue() + "'");
      }
    }
    return mapping.getValue();
  }

  private MappingNode mapping(Node node, String what) {
    if (node instanceof MappingNode mapping) {
      return mapping;
    }
    if (isNull(node)) {
      return new MappingNode(node.getTag(), List.of(), FlowStyle.AUTO);
    }
    throw error(node, what + " must be a mapping (key: value lines)");
  }

  private String scalar(Node node, String what) {
    if (node instanceof ScalarNode scalar && !isNull(node)) {
      return scalar.getValue();
    }
    throw error(node, "expected " + what + ", found " + kind(node));
  }

  private List<String> stringList(Node node, String key) {
    if (isNull(node)) {
      return List.of();
    }
    if (!(node instanceof SequenceNode sequence)) {
      throw error(node, "'" + key + "' must be a list, found " + kind(node));
    }
    List<String> out = new ArrayList<>();
    for (Node item : sequence.getValue()) {
      out.add(scalar(item, "a string in '" + key + "'"));
    }
    return out;
  }

  private List<String> ruleList(Node node, String key) {
    List<String> rules = stringList(node, key);
    List<Node> items = node instanceof SequenceNode s ? s.getValue() : List.of();
    for (int i = 0; i < rules.size(); i++) {
      if (!rules.get(i).matches("[A-Za-z0-9_.-]+")) {
        throw error(items.get(i), "'" + rules.get(i) + "' is not a rule code or name");
      }
    }
    return rules;
  }

  private boolean bool(Node node, String key) {
    if (node instanceof ScalarNode scalar) {
      switch (scalar.getValue().toLowerCase(Locale.ROOT)) {
        case "true":
          return true;
        case "false":
          return false;
        default:
          break;
      }
    }
    throw error(node, "'" + key + "' must be true or false");
  }

  private Severity severity(Node node, String key) {
    String text = scalar(node, "a severity for '" + key + "'");
    Severity severity = Severity.parse(text);
    if (severity == null) {
      throw error(node, "'" + key + "' must be error, warning, info, style or off, not '"
          + text + "'");
    }
    return severity;
  }

  private static boolean isNull(Node node) {
    return node instanceof ScalarNode scalar
        && "tag:yaml.org,2002:null".equals(node.getTag().getValue())
        && (scalar.getValue().isEmpty() || scalar.getValue().equals("~")
            || scalar.getValue().equalsIgnoreCase("null"));
  }

  private static String kind(Node node) {
    if (isNull(node)) {
      return "nothing";
    }
    return switch (node.getNodeType()) {
      case MAPPING -> "a mapping";
      case SEQUENCE -> "a list";
      case SCALAR -> "'" + ((ScalarNode) node).getValue() + "'";
      case ANCHOR -> "an alias";
    };
  }

  private UserException error(Node node, String message) {
    return error(node.getStartMark(), message);
  }

  private UserException error(Optional<Mark> mark, String message) {
    int line = mark.map(m -> m.getLine() + 1).orElse(1);
    int column = mark.map(m -> m.getColumn() + 1).orElse(1);
    return UserException.at(displayName, line, column, message);
  }

  private static String oneLine(String text) {
    return text == null ? "syntax error" : text.strip().replaceAll("\\s*\\n\\s*", " ");
  }

  private static String describe(IOException e) {
    return e instanceof java.nio.file.NoSuchFileException ? "no such file"
        : e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }
}
