package dev.dockwright.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A parsed Dockerfile: a lossless, line-level concrete syntax tree. The {@link #nodes()} tile the
 * text after an optional byte-order mark, so {@link #print()} reproduces the input exactly (CRLF,
 * trailing blanks, a missing final newline and all), and every element holds exact offsets for
 * findings and fixes.
 *
 * @param text the parsed string
 * @param nodes directives, comments, blank lines and instructions in file order
 * @param escapeChar the escape character in effect ({@code \} or, by directive, a backtick)
 * @param lines offset-to-line/column lookup for {@code text}
 */
public record Dockerfile(String text, List<Node> nodes, char escapeChar, LineIndex lines) {

  public Dockerfile {
    nodes = List.copyOf(nodes);
  }

  public boolean hasBom() {
    return !text.isEmpty() && text.charAt(0) == '\uFEFF';
  }

  /** The top-level instructions in order (ONBUILD triggers are inside their ONBUILD). */
  public List<Instruction> instructions() {
    List<Instruction> out = new ArrayList<>();
    for (Node n : nodes) {
      if (n instanceof Instruction i) {
        out.add(i);
      }
    }
    return out;
  }

  /** The parser directives of the leading comment block. */
  public List<Directive> directives() {
    List<Directive> out = new ArrayList<>();
    for (Node n : nodes) {
      if (n instanceof Directive d) {
        out.add(d);
      }
    }
    return out;
  }

  /** The directive with this (lower-case) name: {@code syntax}, {@code escape} or {@code check}. */
  public Optional<Directive> directive(String name) {
    return directives().stream().filter(d -> d.name().equals(name)).findFirst();
  }

  /** Prints the tree back: the byte-order mark if any, then every node's text. */
  public String print() {
    StringBuilder b = new StringBuilder(text.length());
    if (hasBom()) {
      b.append('\uFEFF');
    }
    for (Node n : nodes) {
      b.append(n.text());
    }
    return b.toString();
  }

  public Position positionAt(int offset) {
    return lines.position(offset);
  }
}
