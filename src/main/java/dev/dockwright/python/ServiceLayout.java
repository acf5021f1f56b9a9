package dev.dockwright.python;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Tells a repository of several services from a single project: when the directory itself
 * declares nothing (no manifest, no Python file at its top) but subdirectories do, each of them
 * is a service. Looks one level down, and two below the usual grouping folders
 * ({@code services/}, {@code apps/}).
 */
public final class ServiceLayout {
  private static final List<String> MANIFESTS = List.of(
      "pyproject.toml", "requirements.txt", "requirements.in", "Pipfile", "setup.py", "setup.cfg");
  private static final List<String> GROUPS = List.of("services", "apps", "backend", "src");

  private ServiceLayout() {}

  /** Service directories below {@code root}; empty when {@code root} is itself one project. */
  public static List<Path> find(Path root) {
    if (isServiceDir(root, true)) {
      return List.of();
    }
    List<Path> out = new ArrayList<>();
    for (Path d : subdirs(root)) {
      if (isServiceDir(d, false)) {
        out.add(d);
      } else if (GROUPS.contains(d.getFileName().toString())) {
        subdirs(d).stream().filter(s -> isServiceDir(s, false)).forEach(out::add);
      }
    }
    return out;
  }

  /** A directory with a dependency manifest (or, for the root, any Python file at its top). */
  static boolean isServiceDir(Path dir, boolean anyPython) {
    if (MANIFESTS.stream().anyMatch(m -> Files.isRegularFile(dir.resolve(m)))) {
      return true;
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.anyMatch(p -> {
        String n = p.getFileName().toString();
        return Files.isRegularFile(p) && ((anyPython && n.endsWith(".py"))
            || n.matches("requirements.*\\.txt"));
      });
    } catch (IOException e) {
      return false;
    }
  }

  private static List<Path> subdirs(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isDirectory)
          .filter(p -> !ProjectFiles.isSkipped(p.getFileName().toString()))
          .sorted().toList();
    } catch (IOException e) {
      return List.of();
    }
  }
}
