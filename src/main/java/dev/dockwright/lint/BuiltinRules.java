package dev.dockwright.lint;

import java.util.List;

/**
 * The list of built-in rules, in the order they run and are documented. Rules are added here
 * explicitly, one line each.
 */
final class BuiltinRules {

  private BuiltinRules() {}

  static List<Rule> all() {
    return List.of(
        // The rule catalog comes next (issue 3): hadolint DLxxxx, BuildKit checks, DWxxxx.
    );
  }
}
