package dev.dockwright.model;

import dev.dockwright.syntax.Range;
import dev.dockwright.syntax.Token;
import java.util.List;

/**
 * What a RUN, CMD, ENTRYPOINT or HEALTHCHECK CMD runs: an exec-form argument vector, or a shell
 * script run by the stage's SHELL. The difference matters at run time: shell form makes
 * {@code /bin/sh} PID 1, and it does not forward SIGTERM to the server.
 */
public sealed interface CommandSpec {

  Range range();

  /** {@code ["python", "app.py"]}. */
  record Exec(List<Token> argv, Range range) implements CommandSpec {
    public Exec {
      argv = List.copyOf(argv);
    }

    public List<String> values() {
      return argv.stream().map(Token::value).toList();
    }
  }

  /** {@code python app.py}, run as {@code /bin/sh -c "python app.py"}. */
  record Shell(ShellSource source, Range range) implements CommandSpec {}

  /** The words the process starts with: exec argv, or the shell command line plus the script. */
  default List<String> processArgs() {
    if (this instanceof Exec e) {
      return e.values();
    }
    ShellSource source = ((Shell) this).source();
    java.util.ArrayList<String> out = new java.util.ArrayList<>(source.shell());
    out.add(source.text());
    return out;
  }
}
