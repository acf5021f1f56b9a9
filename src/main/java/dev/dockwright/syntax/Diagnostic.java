package dev.dockwright.syntax;

/**
 * A problem the parser found, with where it is. Parsing never throws; BuildKit's parse errors and
 * warnings come back as these values.
 *
 * <p>{@code code} is a stable identifier to match on (messages are BuildKit's wording and may
 * carry input text). Warnings use BuildKit's check name where one exists, so the lint engine can
 * map them onto its rules.
 */
public record Diagnostic(Severity severity, String code, String message, Range range) {

  public enum Severity { ERROR, WARNING }

  /** No instruction in the file (empty, or only comments and blank lines). */
  public static final String NO_INSTRUCTIONS = "no-instructions";
  /** A parser directive ({@code escape}, {@code syntax}, {@code check}) given twice. */
  public static final String DUPLICATE_DIRECTIVE = "duplicate-directive";
  /** {@code # escape=} with a value other than a backslash or a backtick. */
  public static final String INVALID_ESCAPE = "invalid-escape";
  /** ENV/LABEL without a value, or a later word without {@code =}. */
  public static final String NAME_VALUE = "name-value";
  /** A JSON array (exec form) holding something other than strings. */
  public static final String JSON_NOT_STRINGS = "json-not-strings";
  /** A heredoc whose terminator line never comes. */
  public static final String UNTERMINATED_HEREDOC = "unterminated-heredoc";
  /** A heredoc marker BuildKit's lexer rejects (e.g. an unclosed quote in the delimiter). */
  public static final String INVALID_HEREDOC = "invalid-heredoc";
  /** A physical line longer than BuildKit's scanner accepts (64 KiB). */
  public static final String LINE_TOO_LONG = "line-too-long";
  /** BuildKit's NoEmptyContinuation warning: a blank line inside a continuation. */
  public static final String EMPTY_CONTINUATION = "NoEmptyContinuation";

  public static Diagnostic error(String code, String message, Range range) {
    return new Diagnostic(Severity.ERROR, code, message, range);
  }

  public static Diagnostic warning(String code, String message, Range range) {
    return new Diagnostic(Severity.WARNING, code, message, range);
  }

  /** BuildKit's longer explanation for this kind of diagnostic, or empty. */
  public String detail() {
    return code.equals(EMPTY_CONTINUATION)
        ? "Empty continuation lines will become errors in a future release" : "";
  }

  /** BuildKit's documentation page for this kind of diagnostic, or empty. */
  public String url() {
    return code.equals(EMPTY_CONTINUATION)
        ? "https://docs.docker.com/go/dockerfile/rule/no-empty-continuation/" : "";
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** {@code file:line:column: message}, the form the CLI prints. */
  public String format(String fileName) {
    return fileName + ":" + range.start().line() + ":" + range.start().column() + ": " + message;
  }
}
