package dev.dockwright.rules.shellcheck;

import dev.dockwright.lint.Rule;
import java.util.List;

/** The registration list of the rule that forwards ShellCheck's findings ({@code SCxxxx}). */
public final class ShellCheckRules {
  private ShellCheckRules() {}

  public static List<Rule> all() {
    return List.of(new ShellCheckRule());
  }
}
