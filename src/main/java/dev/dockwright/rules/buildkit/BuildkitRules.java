package dev.dockwright.rules.buildkit;

import dev.dockwright.lint.Rule;
import java.util.List;

/** The registration list of BuildKit's build checks under BuildKit's names, honouring # check= directives. One line per rule, in code order. */
public final class BuildkitRules {
  private BuildkitRules() {}

  public static List<Rule> all() {
    return List.of(
    );
  }
}
