package dev.dockwright.lint.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the config for a linted file: {@code --config FILE} when given, else the nearest of
 * {@code .dockwright.yaml}, {@code .dockwright.yml}, {@code .hadolint.yaml}, {@code .hadolint.yml}
 * in the file's directory or any directory above it, up to the filesystem root (in that order of
 * preference within one directory; the nearest directory wins, files are not merged). Nothing
 * found: {@link LintConfig#DEFAULTS}. Each config file is read once per run.
 */
public final class ConfigResolver {

  /** The names looked for in each directory, most preferred first. */
  public static final List<String> FILE_NAMES =
      List.of(".dockwright.yaml", ".dockwright.yml", ".hadolint.yaml", ".hadolint.yml");

  private final Optional<Path> explicit;
  private final Map<Path, LintConfig> loaded = new HashMap<>();
  private final Map<Path, Optional<Path>> found = new HashMap<>();

  /** @param explicit the {@code --config} file, if any */
  public ConfigResolver(Optional<Path> explicit) {
    this.explicit = explicit;
  }

  /**
   * The config for a file in {@code directory} (the working directory for stdin). Throws {@link
   * dev.dockwright.io.UserException} for an unreadable or invalid config file.
   */
  public LintConfig forDirectory(Path directory) {
    Optional<Path> file = explicit.isPresent() ? explicit : discover(directory);
    return file.map(this::load).orElse(LintConfig.DEFAULTS);
  }

  /** The config file that applies in {@code directory}, without reading it. */
  public Optional<Path> discover(Path directory) {
    Path dir = directory.toAbsolutePath().normalize();
    Optional<Path> cached = found.get(dir);
    if (cached != null) {
      return cached;
    }
    Optional<Path> result = Optional.empty();
    for (String name : FILE_NAMES) {
      Path candidate = dir.resolve(name);
      if (Files.isRegularFile(candidate)) {
        result = Optional.of(candidate);
        break;
      }
    }
    if (result.isEmpty() && dir.getParent() != null) {
      result = discover(dir.getParent());
    }
    found.put(dir, result);
    return result;
  }

  private LintConfig load(Path file) {
    // An explicit --config is named as the user wrote it; a discovered one relative to the cwd.
    return loaded.computeIfAbsent(file,
        f -> ConfigLoader.load(f, explicit.isPresent() ? f.toString() : display(f)));
  }

  /** A config path as shown in messages: relative to the working directory when below it. */
  private static String display(Path file) {
    Path cwd = Path.of("").toAbsolutePath();
    Path absolute = file.toAbsolutePath().normalize();
    return absolute.startsWith(cwd) ? cwd.relativize(absolute).toString() : file.toString();
  }
}
