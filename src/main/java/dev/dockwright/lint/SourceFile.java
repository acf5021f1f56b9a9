package dev.dockwright.lint;

import dev.dockwright.io.StrictUtf8;
import dev.dockwright.io.UserException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A file to lint: the name reports show (the path as the user gave it, or {@code -}), where it is
 * on disk (nothing for stdin), and its text.
 *
 * <p>Reading is strict: a file with a NUL byte is binary and malformed UTF-8 is rejected, each
 * with a positioned one-line {@link UserException}, because linting a mis-decoded file would give
 * findings about text that is not there.
 */
public record SourceFile(String name, Optional<Path> path, String text) {

  /** Reads {@code path}, shown as {@code name}. */
  public static SourceFile read(Path path, String name) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      throw new UserException(name + ": no such file");
    } catch (IOException e) {
      throw new UserException(name + ": cannot read: " + e.getMessage());
    }
    return new SourceFile(name, Optional.of(path), decode(bytes, name));
  }

  /** Reads all of {@code in} (stdin), shown as {@code name}. */
  public static SourceFile read(InputStream in, String name) {
    try {
      return new SourceFile(name, Optional.empty(), decode(in.readAllBytes(), name));
    } catch (IOException e) {
      throw new UserException(name + ": cannot read: " + e.getMessage());
    }
  }

  /** A file held in memory (tests, editors). */
  public static SourceFile of(String name, String text) {
    return new SourceFile(name, Optional.empty(), text);
  }

  /** The directory config discovery starts from: the file's, else the working directory. */
  public Path directory() {
    return path.map(p -> p.toAbsolutePath().getParent()).orElse(Path.of("").toAbsolutePath());
  }

  /** Strict UTF-8: NUL bytes and malformed sequences are input errors with their position. */
  static String decode(byte[] bytes, String name) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw UserException.at(name, StrictUtf8.lineAt(bytes, i), StrictUtf8.columnAt(bytes, i),
            "binary file (NUL byte), not a Dockerfile");
      }
    }
    try {
      return StrictUtf8.decode(bytes);
    } catch (StrictUtf8.Malformed e) {
      throw UserException.at(name, e.line(), e.column(), "not valid UTF-8 text");
    }
  }
}
