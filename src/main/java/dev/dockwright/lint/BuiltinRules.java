package dev.dockwright.lint;

import dev.dockwright.rules.buildkit.BuildkitRules;
import dev.dockwright.rules.compose.ComposeRules;
import dev.dockwright.rules.hadolint.HadolintRules;
import dev.dockwright.rules.python.DockwrightRules;
import dev.dockwright.rules.shellcheck.ShellCheckRules;
import java.util.ArrayList;
import java.util.List;

/**
 * The list of built-in rules, in the order they run and are documented. Rules are added here
 * explicitly, one line each.
 */
final class BuiltinRules {

  private BuiltinRules() {}

  static List<LintRule> all() {
    // One list per origin so each family is registered in its own package.
    List<LintRule> rules = new ArrayList<>();
    rules.addAll(HadolintRules.all());
    rules.addAll(BuildkitRules.all());
    rules.addAll(DockwrightRules.all());
    rules.addAll(ShellCheckRules.all());
    rules.addAll(ComposeRules.all());
    return List.copyOf(rules);
  }
}
