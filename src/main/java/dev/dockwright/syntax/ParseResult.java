package dev.dockwright.syntax;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of parsing: always a tree (as much as could be read), plus BuildKit's errors and
 * warnings as positioned values. A file BuildKit would refuse has at least one error; the tree is
 * still complete and lossless so tools can show and fix what they can.
 */
public record ParseResult(String fileName, Dockerfile dockerfile, List<Diagnostic> diagnostics) {

  public ParseResult {
    diagnostics = List.copyOf(diagnostics);
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }

  public List<Diagnostic> errors() {
    return diagnostics.stream().filter(Diagnostic::isError).toList();
  }

  public List<Diagnostic> warnings() {
    return diagnostics.stream().filter(d -> !d.isError()).toList();
  }

  /** The error BuildKit would report: the first one in file order. */
  public Optional<Diagnostic> firstError() {
    return diagnostics.stream().filter(Diagnostic::isError).findFirst();
  }
}
