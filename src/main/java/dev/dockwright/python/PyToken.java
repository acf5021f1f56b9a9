package dev.dockwright.python;

/**
 * One token of Python source. {@code value} is the decoded content of a string literal (without
 * prefix and quotes) and the text itself for every other kind.
 */
public record PyToken(Kind kind, String text, String value, int line, int column) {

  /** Token kinds; comments and whitespace are dropped by the tokenizer. */
  public enum Kind {
    NAME,
    NUMBER,
    /** A plain or byte string literal whose value is known. */
    STRING,
    /** An f-string (or t-string): its value is only the literal text, so it is never a constant. */
    FSTRING,
    OP,
  }

  public boolean isOp(String op) {
    return kind == Kind.OP && text.equals(op);
  }

  public boolean isName(String name) {
    return kind == Kind.NAME && text.equals(name);
  }

  @Override
  public String toString() {
    return kind + "(" + text + ")@" + line + ":" + column;
  }
}
