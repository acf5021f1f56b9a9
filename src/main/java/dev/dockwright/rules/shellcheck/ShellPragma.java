package dev.dockwright.rules.shellcheck;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * hadolint's shell pragma, {@code # hadolint shell=powershell} (also spelt
 * {@code # dockwright shell=...}): the shell the following RUN instructions are checked as, for
 * base images whose default shell is not {@code /bin/sh} (Windows images). Before the first FROM
 * it applies to every stage, after a FROM to the rest of that stage, until a SHELL instruction.
 */
final class ShellPragma {
  private ShellPragma() {}

  private static final Pattern PRAGMA =
      Pattern.compile("^\\s*(?:hadolint|dockwright)\\s+shell\\s*=\\s*(\\S+)\\s*(?:#.*)?$");

  /** The shell named by a comment's text (after {@code #}), if it is a shell pragma. */
  static Optional<String> parse(String comment) {
    Matcher m = PRAGMA.matcher(comment);
    return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
  }
}
