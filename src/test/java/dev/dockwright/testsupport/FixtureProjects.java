package dev.dockwright.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** The Python projects in {@code src/test/resources/projects} that detection, generation and init read. */
public final class FixtureProjects {
  public static final Path ROOT = Path.of("src/test/resources/projects");

  private FixtureProjects() {}

  /** A writable copy of project {@code name} at {@code into/name}, for tests that write into it. */
  public static Path copy(String name, Path into) throws IOException {
    Path src = ROOT.resolve(name);
    Path dst = into.resolve(name);
    try (Stream<Path> s = Files.walk(src)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        Path t = dst.resolve(src.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(t);
        } else {
          Files.copy(p, t, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    return dst;
  }
}
