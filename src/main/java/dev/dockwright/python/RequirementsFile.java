package dev.dockwright.python;

import java.util.List;

/**
 * One pip requirements file as pip reads it. {@code includes} ({@code -r}) and
 * {@code constraints} ({@code -c}) are paths as written, relative to this file; {@code problems}
 * are {@code file:line:column: message} strings for lines pip would reject.
 */
public record RequirementsFile(
    String path,
    List<Line<Requirement>> requirements,
    List<String> includes,
    List<String> constraints,
    List<String> editables,
    List<String> localPaths,
    List<String> options,
    boolean hashes,
    List<String> problems) {

  public RequirementsFile {
    requirements = List.copyOf(requirements);
    includes = List.copyOf(includes);
    constraints = List.copyOf(constraints);
    editables = List.copyOf(editables);
    localPaths = List.copyOf(localPaths);
    options = List.copyOf(options);
    problems = List.copyOf(problems);
  }

  /** A value with the 1-based line it starts on. */
  public record Line<T>(T value, int line) {}

  /** Whether this file installs the project in its own directory ({@code .} or {@code -e .}). */
  public boolean installsProject() {
    return java.util.stream.Stream.concat(editables.stream(), localPaths.stream())
        .map(RequirementsFile::stripEggFragment)
        .anyMatch(p -> p.equals(".") || p.equals("./") || p.startsWith(".[")
            || p.startsWith("./["));
  }

  private static String stripEggFragment(String p) {
    int hash = p.indexOf('#');
    return (hash < 0 ? p : p.substring(0, hash)).trim();
  }
}
