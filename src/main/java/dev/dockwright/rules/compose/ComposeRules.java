package dev.dockwright.rules.compose;

import dev.dockwright.lint.ComposeRule;
import java.util.List;

/** The registration list of the Compose file rules (DW6xxx), one line per rule, in code order. */
public final class ComposeRules {
  private ComposeRules() {}

  public static List<ComposeRule> all() {
    return List.of(
        new ComposeVersionObsolete(),
        new DependsOnNotHealthy(),
        new ComposeSecretInEnvironment(),
        new DatabasePortPublished(),
        new BuildDockerfileMissing(),
        new ComposeHealthcheckToolMissing()
    );
  }
}
