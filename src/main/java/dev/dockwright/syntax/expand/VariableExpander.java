package dev.dockwright.syntax.expand;

import dev.dockwright.syntax.GoText;
import java.util.List;

/**
 * Expands variables in one Dockerfile word the way BuildKit's {@code shell.Lex} does
 * ({@code frontend/dockerfile/shell/lex.go}): {@link #expand} is {@code ProcessWordWithMatches}
 * and, through {@link Expansion#words()}, {@code ProcessWords}.
 *
 * <pre>{@code
 * var expander = new VariableExpander('\\', ExpansionOptions.DEFAULT);
 * Expansion e = expander.expand("${PYTHON_VERSION:-3.12}-slim", Env.of(Map.of()));
 * e.text();       // "3.12-slim"
 * e.unmatched();  // [PYTHON_VERSION]
 * }</pre>
 *
 * <p>Immutable and safe to share between threads (unlike BuildKit's {@code Lex}).
 */
public final class VariableExpander {

  private final int escapeToken;
  private final ExpansionOptions options;

  /**
   * @param escapeToken the Dockerfile's escape character: {@code \} by default, or {@code `}
   *     after {@code # escape=`}
   */
  public VariableExpander(char escapeToken, ExpansionOptions options) {
    this.escapeToken = escapeToken;
    this.options = options;
  }

  /** Backslash escapes and default options, as for a Dockerfile without an escape directive. */
  public VariableExpander() {
    this('\\', ExpansionOptions.DEFAULT);
  }

  public char escapeToken() {
    return (char) escapeToken;
  }

  public ExpansionOptions options() {
    return options;
  }

  /** Expands {@code word} with the variables of {@code env}. Never throws for any input. */
  public Expansion expand(String word, Env env) {
    ShellWord lexer = new ShellWord(word, env, escapeToken, options);
    try {
      ShellWord.Processed processed = lexer.processAll();
      return new Expansion(
          processed.text(), processed.words(), lexer.matched(), lexer.unmatched(), null);
    } catch (ShellWord.LexError e) {
      String message = "failed to process " + GoText.quote(word) + ": " + e.getMessage();
      return new Expansion("", List.of(), lexer.matched(), lexer.unmatched(), message);
    }
  }
}
