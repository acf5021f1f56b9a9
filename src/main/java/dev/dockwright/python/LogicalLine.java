package dev.dockwright.python;

import java.util.List;

/**
 * A Python logical line: the tokens of one statement, joined across bracketed newlines and
 * backslash continuations. {@code indent} is the column of its first token, which is all the
 * scanner needs to know about block structure.
 */
public record LogicalLine(int line, int indent, List<PyToken> tokens) {
  public LogicalLine {
    tokens = List.copyOf(tokens);
  }

  public PyToken first() {
    return tokens.get(0);
  }

  public boolean startsWith(String... texts) {
    if (tokens.size() < texts.length) {
      return false;
    }
    for (int i = 0; i < texts.length; i++) {
      PyToken t = tokens.get(i);
      if (t.kind() == PyToken.Kind.STRING || t.kind() == PyToken.Kind.FSTRING
          || !t.text().equals(texts[i])) {
        return false;
      }
    }
    return true;
  }
}
