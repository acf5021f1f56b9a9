package dev.dockwright.convert;

import dev.dockwright.lint.Finding;
import dev.dockwright.lint.LintOptions;
import dev.dockwright.lint.LintResult;
import dev.dockwright.lint.Linter;
import dev.dockwright.lint.Severity;
import dev.dockwright.lint.SourceFile;
import dev.dockwright.lint.config.LintConfig;
import dev.dockwright.rules.BuiltinRules;
import java.util.Set;
import java.util.TreeSet;

/**
 * The error-severity findings of the real linter, each as its rule and the line it is on, so
 * that "no new error" can be asked across a conversion that moves lines: an instruction the
 * builder repeats carries the input's own finding, which is not a new one.
 */
final class LintErrors {
  private static final Linter LINTER = new Linter(BuiltinRules.registry());

  private LintErrors() {}

  static Set<String> of(String text) {
    LintResult r = LINTER.lint(SourceFile.of("Dockerfile", text), LintConfig.DEFAULTS,
        LintOptions.DEFAULT);
    if (!r.internalErrors().isEmpty()) {
      throw new AssertionError(r.internalErrors());
    }
    String[] lines = text.split("\n", -1);
    Set<String> out = new TreeSet<>();
    for (Finding f : r.all()) {
      if (f.severity() == Severity.ERROR) {
        out.add(f.code() + " at " + lines[f.line() - 1].strip());
      }
    }
    return out;
  }

  /** The errors of {@code after} that {@code before} did not have. */
  static Set<String> added(String before, String after) {
    Set<String> out = new TreeSet<>(of(after));
    out.removeAll(of(before));
    return out;
  }
}
