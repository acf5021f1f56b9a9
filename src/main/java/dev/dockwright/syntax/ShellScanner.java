package dev.dockwright.syntax;

/**
 * The scanning that BuildKit's shell lexer ({@code shell.Lex}'s {@code shellWord}) does the same
 * way whatever it is used for: quoted strings, names and the {@code <<} heredoc operator, over a
 * code-point cursor. Two lexers build on it: heredoc detection ({@link HeredocLexer}: word spans,
 * no environment) and variable expansion ({@code syntax.expand.ShellWord}: an environment, the
 * expansion operators). What differs between them stays in them: how {@code $} expands and how
 * words are collected.
 */
public abstract class ShellScanner {
  public static final int EOF = -1;

  /** A lexing failure, with BuildKit's message; control flow, so no stack trace. */
  public static final class LexError extends Exception {
    public LexError(String message) {
      super(message, null, false, false);
    }
  }

  protected ShellScanner() {}

  /** The next code point without consuming it, or {@link #EOF}. */
  protected abstract int peek();

  /** Consumes and returns the next code point, or {@link #EOF}. */
  protected abstract int next();

  /** {@code $...} at the cursor; what a double-quoted string holds for it. */
  protected abstract String processDollar() throws LexError;

  /** {@code '...'}, cursor on the opening quote: everything literal up to the next quote. */
  protected final String processSingleQuote(boolean rawQuotes) throws LexError {
    StringBuilder result = new StringBuilder();
    int ch = next();
    if (rawQuotes) {
      result.appendCodePoint(ch);
    }
    while (true) {
      ch = next();
      if (ch == EOF) {
        throw new LexError("unexpected end of statement while looking for matching single-quote");
      }
      if (ch == '\'') {
        if (rawQuotes) {
          result.appendCodePoint(ch);
        }
        return result.toString();
      }
      result.appendCodePoint(ch);
    }
  }

  /**
   * {@code "..."}, cursor on the opening quote: {@code $} forms are processed, and only
   * {@code "}, {@code $} and the escape token itself can be escaped (elsewhere the token is
   * literal).
   */
  protected final String processDoubleQuote(boolean rawQuotes, boolean rawEscapes, int escapeToken)
      throws LexError {
    StringBuilder result = new StringBuilder();
    int ch = next();
    if (rawQuotes) {
      result.appendCodePoint(ch);
    }
    while (true) {
      int peeked = peek();
      if (peeked == EOF) {
        throw new LexError("unexpected end of statement while looking for matching double-quote");
      } else if (peeked == '"') {
        ch = next();
        if (rawQuotes) {
          result.appendCodePoint(ch);
        }
        return result.toString();
      } else if (peeked == '$') {
        result.append(processDollar());
      } else {
        ch = next();
        if (ch == escapeToken) {
          if (rawEscapes) {
            result.appendCodePoint(ch);
          }
          int after = peek();
          if (after == EOF) {
            continue; // BuildKit ignores a trailing escape here (then fails on the open quote)
          }
          if (after == '"' || after == '$' || after == escapeToken) {
            ch = next();
          }
        }
        result.appendCodePoint(ch);
      }
    }
  }

  /** A name: letters, digits and '_'; or a run of digits; or one special parameter character. */
  protected final String processName() {
    StringBuilder name = new StringBuilder();
    while (peek() != EOF) {
      int ch = peek();
      if (name.length() == 0 && Character.isDigit(ch)) {
        while (peek() != EOF && Character.isDigit(peek())) {
          name.appendCodePoint(next());
        }
        return name.toString();
      }
      if (name.length() == 0 && isSpecialParam(ch)) {
        return GoText.runeString(next());
      }
      if (!Character.isLetter(ch) && !Character.isDigit(ch) && ch != '_') {
        break;
      }
      name.appendCodePoint(next());
    }
    return name.toString();
  }

  private static boolean isSpecialParam(int ch) {
    return switch (ch) {
      case '@', '*', '#', '?', '-', '$', '!', '0' -> true;
      default -> false;
    };
  }

  /** {@code <<} keeps the blanks after it attached, so a heredoc marker stays one word. */
  protected final String processPossibleHeredoc() {
    next();
    if (peek() != '<') {
      return "<";
    }
    next();
    StringBuilder result = new StringBuilder("<<");
    while (peek() == '\t' || peek() == '\r' || peek() == ' ') {
      result.appendCodePoint(next());
    }
    return result.toString();
  }
}
