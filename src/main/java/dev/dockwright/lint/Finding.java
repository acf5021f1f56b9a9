package dev.dockwright.lint;

import dev.dockwright.syntax.Range;
import java.util.Comparator;
import java.util.Optional;

/**
 * One problem found in one file.
 *
 * @param code the rule's code ({@code DL3008}, {@code JSONArgsRecommended}, {@code SC2086})
 * @param severity the severity in force (after configuration and check directives), never OFF
 * @param message what is wrong here, in one sentence
 * @param file the file's name as the user gave it ({@code -} for stdin)
 * @param range where: the offending text, possibly spanning lines
 * @param fix an automatic fix, if the rule has one for this case
 */
public record Finding(
    String code, Severity severity, String message, String file, Range range, Optional<Fix> fix) {

  /** File order: by position, then code. */
  public static final Comparator<Finding> ORDER = Comparator
      .comparing(Finding::file)
      .thenComparingInt((Finding f) -> f.range().startOffset())
      .thenComparingInt(f -> f.range().endOffset())
      .thenComparing(Finding::code)
      .thenComparing(Finding::message);

  public Finding {
    if (severity == Severity.OFF) {
      throw new IllegalArgumentException("a finding cannot have severity off");
    }
  }

  public int line() {
    return range.start().line();
  }

  public int column() {
    return range.start().column();
  }

  public Finding withSeverity(Severity newSeverity) {
    return new Finding(code, newSeverity, message, file, range, fix);
  }
}
