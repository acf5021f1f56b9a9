package dev.dockwright.lint;

/**
 * A Dockerfile lint rule ({@link ComposeRule} is the Compose one): one class per rule, its metadata and documentation in a {@link RuleSpec} on the
 * class, its logic in {@link #check}. A rule reports through the context and never decides its
 * own severity or whether it is enabled: configuration, pragmas and check directives are applied
 * by the {@link Linter}.
 *
 * <pre>{@code
 * @RuleSpec(code = "DW9001", name = "NoMaintainer", severity = Severity.STYLE,
 *     origin = Origin.DOCKWRIGHT, summary = "MAINTAINER is deprecated.", rationale = "...",
 *     bad = "FROM alpine\nMAINTAINER me\n", good = "FROM alpine\nLABEL maintainer=me\n")
 * public final class NoMaintainer implements Rule {
 *   @Override
 *   public void check(RuleContext context) {
 *     for (Instruction instruction : context.dockerfile().instructions()) {
 *       if (instruction.kind() == InstructionKind.MAINTAINER) {
 *         context.report(instruction.keyword().range(), "Use a LABEL instead of MAINTAINER.");
 *       }
 *     }
 *   }
 * }
 * }</pre>
 *
 * <p>Rules must be stateless (one instance checks many files, possibly in parallel) and must not
 * throw: an exception is reported as an internal error of the rule, not as a finding.
 */
public non-sealed interface Rule extends LintRule {

  /** Inspects one file and reports what is wrong through {@code context}. */
  void check(RuleContext context);
}
