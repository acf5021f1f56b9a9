package dev.dockwright.verify.spec;

import dev.dockwright.io.UserException;
import java.util.List;

/**
 * A spec or test file that cannot be used. Each error is one complete line,
 * {@code file:line:column: message}, so editors can jump to it; the message holds them all, one
 * per line, as compilers print several errors. Exit code 2.
 */
public final class SpecException extends UserException {
  private final List<String> errors;

  public SpecException(List<String> errors) {
    super(String.join("\n", errors));
    this.errors = List.copyOf(errors);
  }

  public List<String> errors() {
    return errors;
  }
}
