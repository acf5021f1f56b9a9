package dev.dockwright.lint.config;

import dev.dockwright.lint.Severity;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The lint settings in force for one file: from a {@code .dockwright.yaml} or
 * {@code .hadolint.yaml} ({@link ConfigLoader}), then command-line flags on top.
 *
 * <p>Rule keys (in {@code ignored}, {@code severities}) are rule codes or names as written:
 * {@code DL3008}, {@code JSONArgsRecommended}, {@code SC2086}.
 *
 * @param source the file the settings came from; empty for the built-in defaults
 * @param ignored rules switched off ({@code ignored:}, {@code --ignore}); always wins
 * @param severities per-rule severity ({@code override:} lists, then {@code rules:}); {@link
 *     Severity#OFF} switches a rule off, any other value also switches on an experimental rule
 * @param trustedRegistries registries images may come from (empty: any)
 * @param labelSchema required labels and their value types
 * @param strictLabels labels outside the schema are reported
 * @param failureThreshold the least severe finding that fails the run; empty: the default (info)
 * @param noFail never fail because of findings; empty: not set here
 * @param disableIgnorePragma inline {@code # hadolint ignore=} / {@code # dockwright ignore=}
 *     comments are not honoured
 * @param shellcheck run ShellCheck on RUN scripts; empty: when it is installed
 * @param noColor never colour the tty report; empty: not set here
 * @param onePerProblem of findings on the same line whose rules overlap (report the same
 *     problem, {@code RuleSpec.overlaps}) keep one; false: every family reports
 */
public record LintConfig(
    Optional<Path> source,
    Set<String> ignored,
    Map<String, Severity> severities,
    Set<String> trustedRegistries,
    Map<String, LabelType> labelSchema,
    boolean strictLabels,
    Optional<Severity> failureThreshold,
    Optional<Boolean> noFail,
    boolean disableIgnorePragma,
    Optional<Boolean> shellcheck,
    Optional<Boolean> noColor,
    boolean onePerProblem) {

  /** hadolint's default: info and above fail. */
  public static final Severity DEFAULT_FAILURE_THRESHOLD = Severity.INFO;

  /** Nothing configured. */
  public static final LintConfig DEFAULTS = new LintConfig(Optional.empty(), Set.of(), Map.of(),
      Set.of(), Map.of(), false, Optional.empty(), Optional.empty(), false, Optional.empty(),
      Optional.empty(), false);

  /** Settings with every overlapping finding kept. */
  public LintConfig(Optional<Path> source, Set<String> ignored, Map<String, Severity> severities,
      Set<String> trustedRegistries, Map<String, LabelType> labelSchema, boolean strictLabels,
      Optional<Severity> failureThreshold, Optional<Boolean> noFail, boolean disableIgnorePragma,
      Optional<Boolean> shellcheck, Optional<Boolean> noColor) {
    this(source, ignored, severities, trustedRegistries, labelSchema, strictLabels,
        failureThreshold, noFail, disableIgnorePragma, shellcheck, noColor, false);
  }

  public LintConfig {
    ignored = Set.copyOf(new LinkedHashSet<>(ignored));
    severities = Map.copyOf(severities);
    trustedRegistries = Set.copyOf(trustedRegistries);
    labelSchema = Map.copyOf(labelSchema);
  }

  /** These settings with more rules ignored ({@code --ignore}). */
  public LintConfig withIgnored(List<String> more) {
    if (more.isEmpty()) {
      return this;
    }
    Set<String> all = new LinkedHashSet<>(ignored);
    all.addAll(more);
    return new LintConfig(source, all, severities, trustedRegistries, labelSchema, strictLabels,
        failureThreshold, noFail, disableIgnorePragma, shellcheck, noColor, onePerProblem);
  }

  /** These settings with the failure threshold replaced ({@code --failure-threshold}). */
  public LintConfig withFailureThreshold(Severity threshold) {
    return new LintConfig(source, ignored, severities, trustedRegistries, labelSchema,
        strictLabels, Optional.of(threshold), noFail, disableIgnorePragma, shellcheck, noColor, onePerProblem);
  }

  /** These settings with {@code no-fail} set ({@code --no-fail}). */
  public LintConfig withNoFail(boolean value) {
    return new LintConfig(source, ignored, severities, trustedRegistries, labelSchema,
        strictLabels, failureThreshold, Optional.of(value), disableIgnorePragma, shellcheck,
        noColor, onePerProblem);
  }

  /** These settings with one rule's severity set (tests, {@code rules:} merging). */
  public LintConfig withSeverity(String rule, Severity severity) {
    Map<String, Severity> all = new LinkedHashMap<>(severities);
    all.put(rule, severity);
    return new LintConfig(source, ignored, all, trustedRegistries, labelSchema, strictLabels,
        failureThreshold, noFail, disableIgnorePragma, shellcheck, noColor, onePerProblem);
  }

  /** These settings with inline ignore pragmas disabled or enabled. */
  public LintConfig withDisableIgnorePragma(boolean value) {
    return new LintConfig(source, ignored, severities, trustedRegistries, labelSchema,
        strictLabels, failureThreshold, noFail, value, shellcheck, noColor, onePerProblem);
  }

  /** These settings with ShellCheck switched on or off ({@code --no-shellcheck}). */
  public LintConfig withShellcheck(boolean value) {
    return new LintConfig(source, ignored, severities, trustedRegistries, labelSchema,
        strictLabels, failureThreshold, noFail, disableIgnorePragma, Optional.of(value), noColor, onePerProblem);
  }

  /** These settings with one finding per problem on or off ({@code --one-per-problem}). */
  public LintConfig withOnePerProblem(boolean value) {
    return new LintConfig(source, ignored, severities, trustedRegistries, labelSchema,
        strictLabels, failureThreshold, noFail, disableIgnorePragma, shellcheck, noColor, value);
  }

  /** The threshold in force: the configured one, else {@link #DEFAULT_FAILURE_THRESHOLD}. */
  public Severity effectiveFailureThreshold() {
    return failureThreshold.orElse(DEFAULT_FAILURE_THRESHOLD);
  }
}
