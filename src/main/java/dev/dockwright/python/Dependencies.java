package dev.dockwright.python;

import java.util.List;
import java.util.Set;

/**
 * How a project declares and installs its dependencies.
 *
 * @param manager the installing tool
 * @param source what declares the dependencies, e.g. {@code requirements.txt} or
 *     {@code pyproject.toml [project]}
 * @param manifests project-relative files the dependency install reads, in the order they are
 *     copied into the builder before the code (requirements files with their {@code -r}/{@code -c}
 *     closure, pyproject.toml, lock files)
 * @param lockFile the lock file the install is frozen to, or null
 * @param installsProject whether the project itself is a package to install into the environment
 * @param needsSourceForDeps true when dependencies cannot be installed before the source is copied
 *     ({@code setup.py}, dynamic dependencies, {@code -e .} in a requirements file)
 * @param pyprojectDependencies the static {@code [project].dependencies} (empty when none or
 *     dynamic)
 * @param names PEP 503 names of the direct runtime dependencies
 * @param uvWorkspace whether pyproject.toml declares a uv workspace
 */
public record Dependencies(
    PackageManager manager,
    String source,
    List<String> manifests,
    String lockFile,
    boolean installsProject,
    boolean needsSourceForDeps,
    List<String> pyprojectDependencies,
    Set<String> names,
    boolean uvWorkspace) {

  public Dependencies {
    manifests = List.copyOf(manifests);
    pyprojectDependencies = List.copyOf(pyprojectDependencies);
    names = Set.copyOf(names);
  }

  public boolean has(String name) {
    return names.contains(Requirement.normalize(name));
  }

  /** Nothing to install: no named dependency, nothing locked, and not a package. */
  public boolean isEmpty() {
    return names.isEmpty() && lockFile == null && !installsProject;
  }

  /** The main requirements file for pip installs, or null. */
  public String requirementsFile() {
    return manager == PackageManager.PIP && !manifests.isEmpty()
        && !manifests.get(0).endsWith(".toml") ? manifests.get(0) : null;
  }
}
