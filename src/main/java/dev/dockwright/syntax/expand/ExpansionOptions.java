package dev.dockwright.syntax.expand;

/**
 * The switches of BuildKit's lexer; all off is what Dockerfile instructions use for most words.
 *
 * @param rawQuotes keep quote characters in the output instead of removing them
 * @param rawEscapes keep escape tokens in the output instead of removing them
 * @param skipUnsetEnv leave references to unset variables as written ({@code $V}, {@code ${V:-w}})
 *     instead of expanding them to the empty string or the default
 * @param skipProcessQuotes treat quote characters as ordinary characters
 */
public record ExpansionOptions(
    boolean rawQuotes, boolean rawEscapes, boolean skipUnsetEnv, boolean skipProcessQuotes) {

  /** Everything off: BuildKit's {@code NewLex(escape)}. */
  public static final ExpansionOptions DEFAULT = new ExpansionOptions(false, false, false, false);

  public ExpansionOptions withRawQuotes(boolean value) {
    return new ExpansionOptions(value, rawEscapes, skipUnsetEnv, skipProcessQuotes);
  }

  public ExpansionOptions withRawEscapes(boolean value) {
    return new ExpansionOptions(rawQuotes, value, skipUnsetEnv, skipProcessQuotes);
  }

  public ExpansionOptions withSkipUnsetEnv(boolean value) {
    return new ExpansionOptions(rawQuotes, rawEscapes, value, skipProcessQuotes);
  }

  public ExpansionOptions withSkipProcessQuotes(boolean value) {
    return new ExpansionOptions(rawQuotes, rawEscapes, skipUnsetEnv, value);
  }
}
