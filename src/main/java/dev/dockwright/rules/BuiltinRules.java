package dev.dockwright.rules;

import dev.dockwright.lint.LintRule;
import dev.dockwright.lint.RuleRegistry;
import dev.dockwright.rules.buildkit.BuildkitRules;
import dev.dockwright.rules.compose.ComposeRules;
import dev.dockwright.rules.hadolint.HadolintRules;
import dev.dockwright.rules.python.DockwrightRules;
import dev.dockwright.rules.shellcheck.ShellCheckRules;
import java.util.ArrayList;
import java.util.List;

/**
 * The list of built-in rules, in the order they run and are documented. Rules are added here
 * explicitly, one line each. It lives above the rule families (not in {@code lint}, which they
 * build on) so that the linter does not depend on the rules it runs.
 */
public final class BuiltinRules {

  private BuiltinRules() {}

  public static List<LintRule> all() {
    // One list per origin so each family is registered in its own package.
    List<LintRule> rules = new ArrayList<>();
    rules.addAll(HadolintRules.all());
    rules.addAll(BuildkitRules.all());
    rules.addAll(DockwrightRules.all());
    rules.addAll(ShellCheckRules.all());
    rules.addAll(ComposeRules.all());
    return List.copyOf(rules);
  }

  /** Every built-in rule. */
  public static RuleRegistry registry() {
    return RuleRegistry.of(all());
  }
}
