package dev.dockwright.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes files so that a reader sees the old content or the new, never half of it, and so that an
 * existing file is only replaced when the caller says so.
 */
public final class AtomicFiles {
  private AtomicFiles() {}

  /** What to do when the target already exists. */
  public enum Mode { CREATE_NEW, REPLACE }

  public static void writeString(Path target, String content, Mode mode) throws IOException {
    write(target, content.getBytes(StandardCharsets.UTF_8), mode);
  }

  public static void write(Path target, byte[] content, Mode mode) throws IOException {
    Path abs = target.toAbsolutePath();
    Path dir = abs.getParent();
    Files.createDirectories(dir);
    if (mode == Mode.CREATE_NEW && Files.exists(abs)) {
      throw new FileAlreadyExistsException(abs.toString());
    }
    // The temporary file lives beside the target so the final move stays on one file system.
    Path tmp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".tmp");
    try {
      Files.write(tmp, content);
      if (Files.exists(abs)) {
        try {
          Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(abs));
        } catch (UnsupportedOperationException ignored) {
          // not a POSIX file system: keep the default permissions
        }
      }
      if (mode == Mode.CREATE_NEW && Files.exists(abs)) {
        throw new FileAlreadyExistsException(abs.toString());
      }
      try {
        Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
