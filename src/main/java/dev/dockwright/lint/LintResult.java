package dev.dockwright.lint;

import java.util.List;

/**
 * The outcome of linting one file.
 *
 * @param file the file
 * @param findings what the rules found, after configuration, pragmas and check directives, in
 *     file order
 * @param inputErrors why the file could not be linted (a parse error, an invalid {@code # check=}
 *     directive), as {@code DL1000} error findings with positions; when present, no rule ran
 * @param internalErrors rules that crashed (a bug of ours), one line each
 */
public record LintResult(
    SourceFile file, List<Finding> findings, List<Finding> inputErrors,
    List<String> internalErrors) {

  public LintResult {
    findings = List.copyOf(findings);
    inputErrors = List.copyOf(inputErrors);
    internalErrors = List.copyOf(internalErrors);
  }

  /** Input errors first, then findings: everything a report shows. */
  public List<Finding> all() {
    if (inputErrors.isEmpty()) {
      return findings;
    }
    return java.util.stream.Stream.concat(inputErrors.stream(), findings.stream()).toList();
  }
}
