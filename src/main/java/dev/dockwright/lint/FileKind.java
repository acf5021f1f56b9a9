package dev.dockwright.lint;

import java.util.Locale;

/**
 * What a linted file is, which decides how it is parsed and which rules see it: a rule declares
 * its kind by the interface it implements ({@link Rule} for Dockerfiles, {@link ComposeRule} for
 * Compose files).
 */
public enum FileKind {
  DOCKERFILE,
  COMPOSE;

  /**
   * The kind of a file by its name: Compose's file names ({@code compose.yaml},
   * {@code docker-compose.prod.yml}, ...) and any {@code *.yml} / {@code *.yaml} are Compose files
   * (a YAML file given to the linter is not a Dockerfile); anything else is a Dockerfile, whatever
   * its name, as with hadolint.
   */
  public static FileKind of(String name) {
    String base = name.replace('\\', '/');
    base = base.substring(base.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    return base.endsWith(".yml") || base.endsWith(".yaml") ? COMPOSE : DOCKERFILE;
  }

  public static FileKind of(SourceFile file) {
    return of(file.name());
  }

  /**
   * Whether a file name is one of Compose's: {@code compose.yaml}, {@code compose.yml},
   * {@code docker-compose.yml}, {@code docker-compose.yaml}, and the override and environment
   * variants {@code compose.*.yaml}, {@code docker-compose.*.yml} ({@code docker-compose.prod.yml},
   * {@code compose.override.yaml}).
   */
  public static boolean isComposeName(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (!(n.endsWith(".yml") || n.endsWith(".yaml"))) {
      return false;
    }
    return n.startsWith("compose.") || n.startsWith("docker-compose.");
  }
}
