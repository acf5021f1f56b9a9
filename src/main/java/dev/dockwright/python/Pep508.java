package dev.dockwright.python;

import java.util.ArrayList;
import java.util.List;

/**
 * A recursive-descent reader for PEP 508 dependency specifiers. Markers are checked for balanced
 * parentheses and kept as text: deciding them needs the target interpreter, which the generator
 * leaves to pip.
 */
final class Pep508 {
  private final String s;
  private int pos;

  /** A malformed specifier; {@code column} is 1-based within the specifier text. */
  static final class SyntaxError extends IllegalArgumentException {
    private final int column;

    SyntaxError(String message, int column) {
      super(message);
      this.column = column;
    }

    int column() {
      return column;
    }
  }

  private Pep508(String s) {
    this.s = s;
  }

  static Requirement parse(String text) {
    return new Pep508(text).requirement();
  }

  private Requirement requirement() {
    skipSpace();
    String name = identifier("a project name");
    skipSpace();
    List<String> extras = new ArrayList<>();
    if (peek('[')) {
      pos++;
      skipSpace();
      while (!peek(']')) {
        extras.add(identifier("an extra name"));
        skipSpace();
        if (peek(',')) {
          pos++;
          skipSpace();
        } else if (!peek(']')) {
          throw error("expected ',' or ']' in extras");
        }
      }
      pos++;
      skipSpace();
    }
    String specifier = "";
    String url = "";
    if (peek('@')) {
      pos++;
      skipSpace();
      int start = pos;
      while (pos < s.length() && !Character.isWhitespace(s.charAt(pos))) {
        pos++;
      }
      url = s.substring(start, pos);
      if (url.isEmpty()) {
        throw error("expected a URL after '@'");
      }
      skipSpace();
    } else {
      specifier = versionSpec();
      skipSpace();
    }
    String marker = "";
    if (peek(';')) {
      pos++;
      marker = s.substring(pos).trim();
      if (marker.isEmpty()) {
        throw error("expected a marker after ';'");
      }
      checkMarker(marker);
      pos = s.length();
    }
    skipSpace();
    if (pos < s.length()) {
      throw error("unexpected '" + s.charAt(pos) + "'");
    }
    return new Requirement(name, extras, specifier, url, marker);
  }

  private String identifier(String what) {
    int start = pos;
    if (pos >= s.length() || !Character.isLetterOrDigit(s.charAt(pos))) {
      throw error("expected " + what);
    }
    while (pos < s.length()) {
      char c = s.charAt(pos);
      if (Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.') {
        pos++;
      } else {
        break;
      }
    }
    // A name may not end in punctuation.
    while (pos > start + 1 && !Character.isLetterOrDigit(s.charAt(pos - 1))) {
      pos--;
    }
    return s.substring(start, pos);
  }

  private String versionSpec() {
    boolean paren = peek('(');
    if (paren) {
      pos++;
    }
    StringBuilder out = new StringBuilder();
    skipSpace();
    while (pos < s.length() && startsClause()) {
      String op = operator();
      skipSpace();
      int start = pos;
      while (pos < s.length() && isVersionChar(s.charAt(pos))) {
        pos++;
      }
      if (pos == start) {
        throw error("expected a version after '" + op + "'");
      }
      if (out.length() > 0) {
        out.append(',');
      }
      out.append(op).append(s, start, pos);
      skipSpace();
      if (peek(',')) {
        pos++;
        skipSpace();
        if (!startsClause()) {
          throw error("expected a version clause after ','");
        }
      } else {
        break;
      }
    }
    if (paren) {
      skipSpace();
      if (!peek(')')) {
        throw error("expected ')'");
      }
      pos++;
    }
    return out.toString();
  }

  private boolean startsClause() {
    return pos < s.length() && "<>=!~".indexOf(s.charAt(pos)) >= 0;
  }

  private String operator() {
    for (String op : new String[] {"===", "~=", "==", "!=", "<=", ">=", "<", ">"}) {
      if (s.startsWith(op, pos)) {
        pos += op.length();
        return op;
      }
    }
    throw error("expected a version operator");
  }

  private static boolean isVersionChar(char c) {
    return Character.isLetterOrDigit(c) || c == '.' || c == '*' || c == '+' || c == '-'
        || c == '_' || c == '!';
  }

  private void checkMarker(String marker) {
    int depth = 0;
    char quote = 0;
    for (int i = 0; i < marker.length(); i++) {
      char c = marker.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == '(') {
        depth++;
      } else if (c == ')' && --depth < 0) {
        throw new SyntaxError("unbalanced ')' in marker", s.indexOf(marker) + i + 1);
      }
    }
    if (quote != 0 || depth != 0) {
      throw new SyntaxError("unterminated marker", s.length() + 1);
    }
  }

  private boolean peek(char c) {
    return pos < s.length() && s.charAt(pos) == c;
  }

  private void skipSpace() {
    while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
      pos++;
    }
  }

  private SyntaxError error(String message) {
    return new SyntaxError(message, pos + 1);
  }
}
