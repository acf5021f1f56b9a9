package dev.dockwright.python;

import java.util.ArrayList;
import java.util.List;

/**
 * A small, forgiving Python tokenizer: enough of the language's lexical rules (strings of every
 * prefix and quote style including f-strings with nested quotes, comments, bracket and backslash
 * line joining) that the scanner never mistakes text inside a string or comment for code. It
 * never throws: broken source (an unterminated string, unbalanced brackets) still yields tokens.
 */
public final class PyTokenizer {
  private static final String[] OPERATORS_3 = {"**=", "//=", ">>=", "<<=", "..."};
  private static final String[] OPERATORS_2 = {
      "**", "//", ">>", "<<", "<=", ">=", "==", "!=", "->", "+=", "-=", "*=", "/=", "%=", "&=",
      "|=", "^=", "@=", ":="};

  private final String src;
  private int pos;
  private int line = 1;
  private int lineStart;

  private PyTokenizer(String src) {
    // A BOM and Windows line ends are noise to us.
    String s = src.startsWith("\uFEFF") ? src.substring(1) : src;
    this.src = s.replace("\r\n", "\n").replace('\r', '\n');
  }

  /** Splits source into logical lines; comment-only and blank lines produce none. */
  public static List<LogicalLine> logicalLines(String source) {
    return new PyTokenizer(source).run();
  }

  private List<LogicalLine> run() {
    List<LogicalLine> lines = new ArrayList<>();
    List<PyToken> current = new ArrayList<>();
    int depth = 0;
    int indent = 0;
    boolean atLineStart = true;
    while (pos < src.length()) {
      char c = src.charAt(pos);
      if (atLineStart && current.isEmpty()) {
        indent = measureIndent();
        atLineStart = false;
        continue;
      }
      if (c == '\n') {
        newline();
        if (depth == 0 && !current.isEmpty()) {
          lines.add(new LogicalLine(current.get(0).line(), indent, current));
          current = new ArrayList<>();
        }
        if (current.isEmpty()) {
          atLineStart = true;
        }
        continue;
      }
      if (c == ' ' || c == '\t' || c == '\f') {
        pos++;
        continue;
      }
      if (c == '#') {
        while (pos < src.length() && src.charAt(pos) != '\n') {
          pos++;
        }
        continue;
      }
      if (c == '\\' && pos + 1 < src.length() && src.charAt(pos + 1) == '\n') {
        pos++;
        newline(); // an explicit line join: the statement goes on
        continue;
      }
      int col = pos - lineStart;
      int startLine = line;
      if (c == '"' || c == '\'') {
        current.add(string("", startLine, col));
      } else if (isIdentStart(c)) {
        int start = pos;
        while (pos < src.length() && isIdentPart(src.charAt(pos))) {
          pos++;
        }
        String word = src.substring(start, pos);
        if (pos < src.length() && (src.charAt(pos) == '"' || src.charAt(pos) == '\'')
            && isStringPrefix(word)) {
          current.add(string(word, startLine, col));
        } else {
          current.add(new PyToken(PyToken.Kind.NAME, word, word, startLine, col));
        }
      } else if (Character.isDigit(c)
          || (c == '.' && pos + 1 < src.length() && Character.isDigit(src.charAt(pos + 1)))) {
        current.add(number(startLine, col));
      } else {
        String op = operator();
        if (op.equals("(") || op.equals("[") || op.equals("{")) {
          depth++;
        } else if ((op.equals(")") || op.equals("]") || op.equals("}")) && depth > 0) {
          depth--;
        }
        current.add(new PyToken(PyToken.Kind.OP, op, op, startLine, col));
      }
    }
    if (!current.isEmpty()) {
      lines.add(new LogicalLine(current.get(0).line(), indent, current));
    }
    return lines;
  }

  private int measureIndent() {
    int width = 0;
    while (pos < src.length()) {
      char c = src.charAt(pos);
      if (c == ' ') {
        width++;
      } else if (c == '\t') {
        width = (width / 8 + 1) * 8;
      } else if (c == '\f') {
        width = 0;
      } else {
        break;
      }
      pos++;
    }
    return width;
  }

  private void newline() {
    pos++;
    line++;
    lineStart = pos;
  }

  private static boolean isIdentStart(char c) {
    return c == '_' || Character.isLetter(c);
  }

  private static boolean isIdentPart(char c) {
    return c == '_' || Character.isLetterOrDigit(c);
  }

  private static boolean isStringPrefix(String word) {
    String w = word.toLowerCase();
    return switch (w) {
      case "r", "u", "b", "f", "t", "br", "rb", "fr", "rf", "tr", "rt" -> true;
      default -> false;
    };
  }

  private PyToken number(int startLine, int col) {
    int start = pos;
    while (pos < src.length()) {
      char c = src.charAt(pos);
      if (Character.isLetterOrDigit(c) || c == '_' || c == '.') {
        pos++;
      } else if ((c == '+' || c == '-') && (src.charAt(pos - 1) == 'e' || src.charAt(pos - 1) == 'E')
          && !src.substring(start, pos).toLowerCase().startsWith("0x")) {
        pos++;
      } else {
        break;
      }
    }
    String text = src.substring(start, pos);
    return new PyToken(PyToken.Kind.NUMBER, text, text, startLine, col);
  }

  private String operator() {
    for (String op : OPERATORS_3) {
      if (src.startsWith(op, pos)) {
        pos += 3;
        return op;
      }
    }
    for (String op : OPERATORS_2) {
      if (src.startsWith(op, pos)) {
        pos += 2;
        return op;
      }
    }
    return String.valueOf(src.charAt(pos++));
  }

  /** Reads a string literal starting at the quote at {@code pos}; the prefix is already consumed. */
  private PyToken string(String prefix, int startLine, int col) {
    int start = pos - prefix.length();
    String p = prefix.toLowerCase();
    boolean raw = p.contains("r");
    boolean formatted = p.contains("f") || p.contains("t");
    char quote = src.charAt(pos);
    boolean triple = src.startsWith(String.valueOf(quote).repeat(3), pos);
    pos += triple ? 3 : 1;
    StringBuilder value = new StringBuilder();
    while (pos < src.length()) {
      char c = src.charAt(pos);
      if (triple ? src.startsWith(String.valueOf(quote).repeat(3), pos) : c == quote) {
        pos += triple ? 3 : 1;
        break;
      }
      if (c == '\n') {
        if (!triple) {
          break; // unterminated: the line ends the literal, so the damage stays local
        }
        value.append(c);
        newline();
        continue;
      }
      if (c == '\\' && pos + 1 < src.length()) {
        char next = src.charAt(pos + 1);
        if (next == '\n') {
          pos++;
          newline();
          if (raw) {
            value.append('\\').append('\n');
          }
          continue;
        }
        if (raw) {
          value.append(c).append(next);
          pos += 2;
        } else {
          pos += 2;
          value.append(escape(next));
        }
        continue;
      }
      if (formatted && c == '{') {
        if (src.startsWith("{{", pos)) {
          value.append('{');
          pos += 2;
        } else {
          skipReplacementField();
          value.append("{}");
        }
        continue;
      }
      if (formatted && c == '}' && src.startsWith("}}", pos)) {
        value.append('}');
        pos += 2;
        continue;
      }
      value.append(c);
      pos++;
    }
    String text = src.substring(start, Math.min(pos, src.length()));
    PyToken.Kind kind = formatted ? PyToken.Kind.FSTRING : PyToken.Kind.STRING;
    return new PyToken(kind, text, value.toString(), startLine, col);
  }

  /** Skips an f-string replacement field, which may hold brackets and strings of any quote. */
  private void skipReplacementField() {
    pos++; // the '{'
    int depth = 1;
    while (pos < src.length() && depth > 0) {
      char c = src.charAt(pos);
      if (c == '\n') {
        newline();
        continue;
      }
      if (c == '"' || c == '\'') {
        string("", line, pos - lineStart);
        continue;
      }
      if (isIdentStart(c)) {
        int start = pos;
        while (pos < src.length() && isIdentPart(src.charAt(pos))) {
          pos++;
        }
        if (pos < src.length() && (src.charAt(pos) == '"' || src.charAt(pos) == '\'')
            && isStringPrefix(src.substring(start, pos))) {
          string(src.substring(start, pos), line, start - lineStart);
        }
        continue;
      }
      if (c == '{' || c == '(' || c == '[') {
        depth++;
      } else if (c == '}' || c == ')' || c == ']') {
        depth--;
      }
      pos++;
    }
  }

  private String escape(char next) {
    switch (next) {
      case 'n': return "\n";
      case 't': return "\t";
      case 'r': return "\r";
      case '0': return "\0";
      case '\\': return "\\";
      case '\'': return "'";
      case '"': return "\"";
      case 'x':
        return hex(2);
      case 'u':
        return hex(4);
      case 'U':
        return hex(8);
      default:
        return "\\" + next; // unknown escapes keep their backslash, as Python does
    }
  }

  private String hex(int digits) {
    if (pos + digits <= src.length()) {
      try {
        int cp = Integer.parseInt(src.substring(pos, pos + digits), 16);
        pos += digits;
        return new String(Character.toChars(cp));
      } catch (IllegalArgumentException e) {
        // not a valid escape: keep it literally
      }
    }
    return "\\" + src.charAt(pos - 1);
  }
}
