package dev.dockwright.fix;

import dev.dockwright.lint.Finding;
import dev.dockwright.lint.Fix;
import dev.dockwright.lint.LintOptions;
import dev.dockwright.lint.LintResult;
import dev.dockwright.lint.Linter;
import dev.dockwright.lint.SourceFile;
import dev.dockwright.lint.TextEdit;
import dev.dockwright.lint.config.LintConfig;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Applies the fixes rules offer, as text edits on the original text, so everything a fix does not
 * touch (formatting, comments, line endings) stays byte for byte. Fixes that overlap one another
 * wait for the next pass, which lints the edited text again; a pass whose result no longer parses
 * is thrown away (a fix must never break a file).
 */
public final class Fixer {

  /** Passes before giving up on fixes that keep producing new fixes. */
  static final int MAX_PASSES = 10;

  private final Linter linter;

  public Fixer(Linter linter) {
    this.linter = linter;
  }

  /**
   * The outcome for one file.
   *
   * @param text the fixed text (the input when nothing applied)
   * @param applied the findings whose fix was applied, in the order applied
   * @param remaining the lint result of the fixed text
   */
  public record Outcome(String text, List<Finding> applied, LintResult remaining) {
    public boolean changed(String original) {
      return !text.equals(original);
    }
  }

  public Outcome fix(SourceFile file, LintConfig config, LintOptions options, boolean includeUnsafe) {
    String text = file.text();
    List<Finding> applied = new ArrayList<>();
    LintResult result = linter.lint(file, config, options);
    for (int pass = 0; pass < MAX_PASSES && result.inputErrors().isEmpty(); pass++) {
      List<Finding> chosen = new ArrayList<>();
      List<TextEdit> edits = new ArrayList<>();
      for (Finding f : ordered(result.findings())) {
        if (f.fix().isEmpty() || !(f.fix().get().safe() || includeUnsafe)) {
          continue;
        }
        if (edits.containsAll(f.fix().get().edits())) {
          chosen.add(f); // another rule's fix already makes exactly this change: fixed by it
          continue;
        }
        List<TextEdit> candidate = new ArrayList<>(edits);
        candidate.addAll(f.fix().get().edits());
        if (nonOverlapping(candidate)) {
          edits = candidate;
          chosen.add(f);
        }
      }
      if (chosen.isEmpty()) {
        break;
      }
      String next = new Fix("pass " + (pass + 1), true, edits).applyTo(text);
      LintResult nextResult = linter.lint(withText(file, next), config, options);
      if (!nextResult.inputErrors().isEmpty()) {
        break; // the edits broke the file: keep the last good text
      }
      text = next;
      result = nextResult;
      applied.addAll(chosen);
    }
    return new Outcome(text, applied, result);
  }

  private static SourceFile withText(SourceFile file, String text) {
    return new SourceFile(file.name(), file.path(), text);
  }

  private static List<Finding> ordered(List<Finding> findings) {
    List<Finding> out = new ArrayList<>(findings);
    out.sort(Comparator.comparingInt((Finding f) -> f.range().startOffset()).thenComparing(Finding::code));
    return out;
  }

  private static boolean nonOverlapping(List<TextEdit> edits) {
    try {
      new Fix("check", true, edits);
      return true;
    } catch (IllegalArgumentException overlapping) {
      return false;
    }
  }
}
