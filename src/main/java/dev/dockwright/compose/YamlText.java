package dev.dockwright.compose;

import dev.dockwright.syntax.LineIndex;
import dev.dockwright.syntax.Range;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * The text a YAML node tree was read from, to turn SnakeYAML's marks (0-based line and column in
 * code points) into {@link Range}s of the text (UTF-16 offsets), and to read mappings the way
 * docker compose does (merge keys {@code <<} included).
 */
final class YamlText {

  private final String text;
  private final LineIndex lines;

  YamlText(String text) {
    this.text = text;
    this.lines = new LineIndex(text);
  }

  String text() {
    return text;
  }

  LineIndex lines() {
    return lines;
  }

  /** The offset of a mark. */
  int offset(Mark mark) {
    int line = Math.min(mark.getLine() + 1, lines.lineCount());
    int i = lines.lineStart(line);
    for (int k = 0; k < mark.getColumn() && i < text.length() && text.charAt(i) != '\n'; k++) {
      i += Character.charCount(text.codePointAt(i));
    }
    return Math.min(i, text.length());
  }

  /** The position of a mark as a zero-length range. */
  Range at(Mark mark) {
    int o = offset(mark);
    return lines.range(o, o);
  }

  /**
   * Where a node is. A block collection's end mark sits at the start of whatever follows it, so
   * the range is trimmed back over trailing blanks and line breaks.
   */
  Range range(Node node) {
    int start = node.getStartMark().map(this::offset).orElse(0);
    int end = node.getEndMark().map(this::offset).orElse(start);
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return lines.range(start, Math.max(start, end));
  }

  /** A scalar node as a {@link Scalar}; empty for a collection. */
  Optional<Scalar> scalar(Node node) {
    if (node instanceof ScalarNode s) {
      return Optional.of(new Scalar(s.getValue(), range(s), s.getScalarStyle() == ScalarStyle.PLAIN));
    }
    return Optional.empty();
  }

  static boolean isNull(Node node) {
    return node == null || node.getTag().equals(Tag.NULL);
  }

  /** A key and its value in a mapping. */
  record Entry(String key, ScalarNode keyNode, Node value) {}

  /**
   * The entries of a mapping in order, with merge keys ({@code <<: *defaults}, or a list of
   * them) applied as docker compose applies them: merged entries come first and keys written in
   * the mapping itself win. Non-scalar keys are skipped.
   */
  static List<Entry> entries(MappingNode mapping) {
    List<Entry> own = new ArrayList<>();
    List<Entry> merged = new ArrayList<>();
    for (NodeTuple t : mapping.getValue()) {
      if (!(t.getKeyNode() instanceof ScalarNode key)) {
        continue;
      }
      if (key.getValue().equals("<<") && key.getScalarStyle() == ScalarStyle.PLAIN) {
        Node v = t.getValueNode();
        if (v instanceof MappingNode m) {
          merged.addAll(entries(m));
        } else if (v instanceof SequenceNode seq) {
          for (Node item : seq.getValue()) {
            if (item instanceof MappingNode m) {
              merged.addAll(entries(m));
            }
          }
        }
        continue;
      }
      own.add(new Entry(key.getValue(), key, t.getValueNode()));
    }
    if (merged.isEmpty()) {
      return own;
    }
    Map<String, Entry> byKey = new java.util.LinkedHashMap<>();
    for (Entry e : merged) {
      byKey.putIfAbsent(e.key(), e); // the first merged mapping wins over later ones
    }
    for (Entry e : own) {
      byKey.remove(e.key());
      byKey.put(e.key(), e);
    }
    return new ArrayList<>(byKey.values());
  }

  /** The value of {@code key} in a mapping (merge keys applied). */
  static Optional<Node> get(MappingNode mapping, String key) {
    Map<String, Node> found = new HashMap<>();
    for (Entry e : entries(mapping)) {
      found.putIfAbsent(e.key(), e.value());
    }
    return Optional.ofNullable(found.get(key));
  }
}
