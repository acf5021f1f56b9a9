package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.Rule;
import java.util.List;

/** The registration list of hadolint's rules under hadolint's codes (DLxxxx), so existing ignore lists keep working. One line per rule, in code order. */
public final class HadolintRules {
  private HadolintRules() {}

  public static List<Rule> all() {
    return List.of(
    );
  }
}
