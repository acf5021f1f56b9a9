package dev.dockwright.io;

/**
 * An error caused by the user's input or environment (missing file, bad config, no engine). The
 * message is shown as is, in one line, prefixed by its location when it has one
 * ({@code file:line:column: message}); the CLI maps it to {@link #exitCode()}.
 */
public class UserException extends RuntimeException {
  private final int exitCode;

  public UserException(String message) {
    this(message, 2);
  }

  public UserException(String message, int exitCode) {
    super(message);
    this.exitCode = exitCode;
  }

  public UserException(String message, Throwable cause) {
    super(message, cause);
    this.exitCode = 2;
  }

  public static UserException at(String file, int line, int column, String message) {
    return new UserException(file + ":" + line + ":" + column + ": " + message);
  }

  public int exitCode() {
    return exitCode;
  }
}
