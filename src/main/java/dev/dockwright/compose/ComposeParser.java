package dev.dockwright.compose;

import dev.dockwright.syntax.Range;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reads a Compose file into a {@link ComposeFile}, or says why docker compose would refuse it,
 * with a position: YAML syntax errors, a key given twice in one mapping, a top level, a
 * {@code services} or a service that is not a mapping, and top-level keys Compose does not know
 * (a misspelt {@code service:} would otherwise silently define nothing). Never throws.
 */
public final class ComposeParser {
  private ComposeParser() {}

  /** A reason the file cannot be used, at a position. */
  public record Problem(String message, Range range) {}

  /** The file, or the problems that keep it from being read (then no file). */
  public record Result(Optional<ComposeFile> file, List<Problem> problems) {
    public Result {
      problems = List.copyOf(problems);
    }
  }

  /** The top-level keys of the Compose specification ({@code x-*} extensions aside). */
  static final Set<String> TOP_LEVEL_KEYS =
      Set.of("version", "name", "services", "networks", "volumes", "configs", "secrets", "include",
          "models");

  public static Result parse(String name, String text) {
    YamlText yaml = new YamlText(text);
    Optional<Node> root;
    try {
      root = new Compose(LoadSettings.builder().setLabel(name).build()).composeString(text);
    } catch (MarkedYamlEngineException e) {
      Optional<Mark> mark = e.getProblemMark().or(e::getContextMark);
      String problem = e.getProblem() != null ? e.getProblem() : e.getContext();
      Range at = mark.map(yaml::at).orElse(yaml.lines().range(0, 0));
      String message = "invalid YAML: " + oneLine(problem);
      if (e.getProblem() != null && e.getContext() != null && e.getContextMark().isPresent()) {
        // "while parsing a flow sequence" and where it started: the problem is often far below.
        Range context = yaml.at(e.getContextMark().get());
        message += " (" + oneLine(e.getContext()) + " started at line " + context.start().line()
            + ", column " + context.start().column() + ")";
      }
      return failed(new Problem(message, at));
    } catch (YamlEngineException e) {
      return failed(new Problem("invalid YAML: " + oneLine(e.getMessage()), yaml.lines().range(0, 0)));
    }
    if (root.isEmpty() || YamlText.isNull(root.get())) {
      return failed(new Problem("empty Compose file", yaml.lines().range(0, 0)));
    }
    if (!(root.get() instanceof MappingNode top)) {
      return failed(new Problem("the top level must be a mapping", yaml.range(root.get())));
    }
    List<Problem> problems = new ArrayList<>();
    duplicateKeys(top, yaml, problems, Collections.newSetFromMap(new IdentityHashMap<>()));
    List<ComposeFile.TopLevelEntry> entries = new ArrayList<>();
    List<Service> services = new ArrayList<>();
    for (YamlText.Entry e : YamlText.entries(top)) {
      entries.add(new ComposeFile.TopLevelEntry(e.key(), yaml.range(e.keyNode()),
          yaml.range(e.value())));
      if (!TOP_LEVEL_KEYS.contains(e.key()) && !e.key().startsWith("x-")) {
        problems.add(new Problem("unknown top-level key \"" + e.key() + "\" (expected one of "
            + String.join(", ", new java.util.TreeSet<>(TOP_LEVEL_KEYS)) + ", or x-...)",
            yaml.range(e.keyNode())));
      }
      if (e.key().equals("services") && !YamlText.isNull(e.value())) {
        if (!(e.value() instanceof MappingNode servicesNode)) {
          problems.add(new Problem("services must be a mapping", yaml.range(e.value())));
          continue;
        }
        for (YamlText.Entry s : YamlText.entries(servicesNode)) {
          if (s.value() instanceof MappingNode serviceNode) {
            services.add(new Service(s.key(), yaml.range(s.keyNode()), serviceNode, yaml));
          } else {
            problems.add(new Problem("service \"" + s.key() + "\" must be a mapping",
                YamlText.isNull(s.value()) ? yaml.range(s.keyNode()) : yaml.range(s.value())));
          }
        }
      }
    }
    if (!problems.isEmpty()) {
      return new Result(Optional.empty(), problems);
    }
    return new Result(Optional.of(new ComposeFile(yaml, entries, services)), List.of());
  }

  /** docker compose rejects a key written twice in one mapping (YAML allows it silently). */
  private static void duplicateKeys(Node node, YamlText yaml, List<Problem> problems,
      Set<Node> seen) {
    if (!seen.add(node)) {
      return; // an alias of a node already checked
    }
    if (node instanceof MappingNode m) {
      Map<String, ScalarNode> keys = new HashMap<>();
      for (NodeTuple t : m.getValue()) {
        if (t.getKeyNode() instanceof ScalarNode k
            && !(k.getValue().equals("<<") && k.getScalarStyle() == ScalarStyle.PLAIN)) {
          ScalarNode first = keys.putIfAbsent(k.getValue(), k);
          if (first != null) {
            problems.add(new Problem("mapping key \"" + k.getValue() + "\" already defined at line "
                + yaml.range(first).start().line(), yaml.range(k)));
          }
        }
        duplicateKeys(t.getKeyNode(), yaml, problems, seen);
        duplicateKeys(t.getValueNode(), yaml, problems, seen);
      }
    } else if (node instanceof SequenceNode s) {
      for (Node item : s.getValue()) {
        duplicateKeys(item, yaml, problems, seen);
      }
    }
  }

  private static Result failed(Problem problem) {
    return new Result(Optional.empty(), List.of(problem));
  }

  private static String oneLine(String s) {
    return s == null ? "unknown problem" : s.strip().replaceAll("\\s*\\n\\s*", " ");
  }
}
