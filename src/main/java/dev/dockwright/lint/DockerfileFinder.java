package dev.dockwright.lint;

import dev.dockwright.io.UserException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the paths given on the command line into the files to lint. A file is taken as is,
 * whatever its name. A directory is searched recursively for Dockerfiles ({@code Dockerfile},
 * {@code Containerfile}, {@code Dockerfile.*}, {@code Containerfile.*}, {@code *.Dockerfile},
 * {@code *.dockerfile} and {@code *.Containerfile}, but not {@code *.dockerignore}) and Compose
 * files ({@link FileKind#isComposeName}), skipping hidden directories and {@code node_modules},
 * without following symbolic links; its files come out sorted by path.
 */
public final class DockerfileFinder {

  private DockerfileFinder() {}

  /** A Dockerfile found: where it is and how to call it in reports. */
  public record Found(Path path, String name) {}

  /** Whether a file name looks like a Dockerfile. */
  public static boolean isDockerfileName(String name) {
    if (name.endsWith(".dockerignore")) {
      return false;
    }
    return name.equals("Dockerfile") || name.equals("Containerfile")
        || name.startsWith("Dockerfile.") || name.startsWith("Containerfile.")
        || name.endsWith(".Dockerfile") || name.endsWith(".dockerfile")
        || name.endsWith(".Containerfile");
  }

  /**
   * The Dockerfiles for one command-line argument. Throws a {@link UserException} for a path that
   * does not exist or a directory without Dockerfiles.
   */
  public static List<Found> find(String argument) {
    Path root = Path.of(argument);
    if (Files.isRegularFile(root)) {
      return List.of(new Found(root, argument));
    }
    if (!Files.isDirectory(root)) {
      throw new UserException(argument + ": no such file or directory");
    }
    List<Path> found = new ArrayList<>();
    try {
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          if (!dir.equals(root)) {
            String name = dir.getFileName().toString();
            if (name.startsWith(".") || name.equals("node_modules")) {
              return FileVisitResult.SKIP_SUBTREE;
            }
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          String name = file.getFileName().toString();
          if (attrs.isRegularFile() && (isDockerfileName(name) || FileKind.isComposeName(name))) {
            found.add(file);
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          return FileVisitResult.CONTINUE; // unreadable corners of a tree are not our business
        }
      });
    } catch (IOException | UncheckedIOException e) {
      throw new UserException(argument + ": cannot search directory: " + e.getMessage());
    }
    if (found.isEmpty()) {
      throw new UserException(argument + ": no Dockerfile or Compose file found in this directory");
    }
    found.sort(null);
    List<Found> out = new ArrayList<>(found.size());
    for (Path file : found) {
      out.add(new Found(file, display(root, file)));
    }
    return out;
  }

  /** {@code dir/sub/Dockerfile} for {@code dir}, {@code sub/Dockerfile} for {@code .}. */
  private static String display(Path root, Path file) {
    Path relative = root.relativize(file);
    return root.isAbsolute() ? file.toString() : root.resolve(relative).normalize().toString();
  }
}
