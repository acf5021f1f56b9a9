package dev.dockwright.report;

import dev.dockwright.lint.LintResult;
import java.io.PrintWriter;
import java.util.List;

/** Writes the results of one run, every linted file in the order given, to {@code out}. */
public interface Reporter {

  void write(List<LintResult> results, PrintWriter out);
}
