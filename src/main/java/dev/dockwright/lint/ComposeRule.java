package dev.dockwright.lint;

/**
 * A rule about Compose files ({@code compose.yaml}, {@code docker-compose.yml}): one class per
 * rule with a {@link RuleSpec} whose examples are Compose files, as {@link Rule} is for
 * Dockerfiles. Stateless, must not throw.
 *
 * <pre>{@code
 * @RuleSpec(code = "DW6001", name = "ObsoleteComposeVersion", ...,
 *     bad = "version: '3.8'\nservices: ...", good = "services: ...")
 * public final class ObsoleteComposeVersion implements ComposeRule {
 *   @Override
 *   public void check(ComposeContext context) {
 *     context.compose().version().ifPresent(v -> context.report(v.keyRange()));
 *   }
 * }
 * }</pre>
 */
public non-sealed interface ComposeRule extends LintRule {

  /** Inspects one Compose file and reports what is wrong through {@code context}. */
  void check(ComposeContext context);
}
