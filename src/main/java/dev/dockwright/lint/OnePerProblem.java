package dev.dockwright.lint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code one-per-problem}: of findings on the same line of the same file whose rules overlap
 * ({@link RuleSpec#overlaps()}), keeps one. The kept one is the most severe; on a tie dockwright's
 * rule (it covers more than the rule it meets), then hadolint's, then BuildKit's. The kept finding
 * stays as it is: its own message and fix; the dropped one's fix is not carried over.
 *
 * <p>Only the same start line counts: where two families report one problem on different lines
 * (BuildKit's MultipleInstructionsDisallowed names the earlier CMD, hadolint's DL4003 the later)
 * both stay, as do findings on one line that do not overlap.
 */
final class OnePerProblem {
  private OnePerProblem() {}

  /** Which finding wins: most severe first, then by family. */
  private static Comparator<Finding> preference(RuleRegistry registry) {
    return Comparator.comparingInt((Finding f) -> f.severity().ordinal())
        .thenComparingInt(f -> familyRank(registry.info(f.code()).origin()))
        .thenComparing(Finding.ORDER);
  }

  private static int familyRank(Origin origin) {
    return switch (origin) {
      case DOCKWRIGHT -> 0;
      case HADOLINT -> 1;
      case BUILDKIT -> 2;
      default -> 3;
    };
  }

  /** The findings without those an overlapping, preferred finding on the same line stands for. */
  static List<Finding> keep(List<Finding> findings, RuleRegistry registry) {
    List<Finding> byPreference = new ArrayList<>(findings);
    byPreference.sort(preference(registry));
    List<Finding> kept = new ArrayList<>();
    Map<String, List<Finding>> keptByLine = new HashMap<>();
    for (Finding candidate : byPreference) {
      List<Finding> sameLine = keptByLine.computeIfAbsent(
          candidate.file() + ":" + candidate.line(), k -> new ArrayList<>());
      if (sameLine.stream().noneMatch(k -> registry.overlap(k.code(), candidate.code()))) {
        sameLine.add(candidate);
        kept.add(candidate);
      }
    }
    kept.sort(Finding.ORDER);
    return kept;
  }
}
