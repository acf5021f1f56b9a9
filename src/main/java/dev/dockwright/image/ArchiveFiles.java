package dev.dockwright.image;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarFile;

/**
 * The files of an image container format, whether it sits in a directory (OCI layout) or in a tar
 * ({@code docker save}, OCI archive). Paths are relative to the top ({@code index.json},
 * {@code blobs/sha256/...}). A tar is read in place with random access, never extracted.
 */
abstract sealed class ArchiveFiles implements Closeable {
  private static final int BUFFER = 1 << 16;

  static ArchiveFiles open(Path path) throws IOException {
    if (Files.isDirectory(path)) return new Directory(path);
    return new Tar(path);
  }

  abstract boolean exists(String path);

  abstract long size(String path) throws IOException;

  /** A buffered stream of the file; {@link NoSuchFileException} when absent. */
  abstract InputStream open(String path) throws IOException;

  static String normalise(String path) {
    String p = path.replace('\\', '/');
    while (p.startsWith("./")) p = p.substring(2);
    while (p.startsWith("/")) p = p.substring(1);
    if (p.endsWith("/")) p = p.substring(0, p.length() - 1);
    return p;
  }

  static final class Directory extends ArchiveFiles {
    private final Path root;

    Directory(Path root) {
      this.root = root.toAbsolutePath().normalize();
    }

    private Path resolve(String path) throws NoSuchFileException {
      Path p = root.resolve(normalise(path)).normalize();
      if (!p.startsWith(root)) throw new NoSuchFileException(path + " (outside the layout)");
      return p;
    }

    @Override
    boolean exists(String path) {
      try {
        return Files.isRegularFile(resolve(path));
      } catch (NoSuchFileException e) {
        return false;
      }
    }

    @Override
    long size(String path) throws IOException {
      return Files.size(resolve(path));
    }

    @Override
    InputStream open(String path) throws IOException {
      return new BufferedInputStream(Files.newInputStream(resolve(path)), BUFFER);
    }

    @Override
    public void close() {}
  }

  static final class Tar extends ArchiveFiles {
    private final TarFile tar;
    private final Map<String, TarArchiveEntry> entries = new HashMap<>();

    Tar(Path file) throws IOException {
      this.tar = new TarFile(file);
      for (TarArchiveEntry e : tar.getEntries()) {
        entries.put(normalise(e.getName()), e);
      }
    }

    /** Follows symlinks and hard links inside the tar: docker save links duplicate layer.tar files. */
    private TarArchiveEntry find(String path) throws NoSuchFileException {
      String p = normalise(path);
      for (int hops = 0; hops < 16; hops++) {
        TarArchiveEntry e = entries.get(p);
        if (e == null) throw new NoSuchFileException(path);
        if (e.isSymbolicLink()) {
          String dir = p.contains("/") ? p.substring(0, p.lastIndexOf('/')) : "";
          p = normalise(Path.of("/" + dir).resolve(e.getLinkName()).normalize().toString());
        } else if (e.isLink()) {
          p = normalise(e.getLinkName());
        } else {
          return e;
        }
      }
      throw new NoSuchFileException(path + " (too many links)");
    }

    @Override
    boolean exists(String path) {
      try {
        return find(path).isFile();
      } catch (NoSuchFileException e) {
        return false;
      }
    }

    @Override
    long size(String path) throws IOException {
      return find(path).getSize();
    }

    @Override
    InputStream open(String path) throws IOException {
      return new BufferedInputStream(tar.getInputStream(find(path)), BUFFER);
    }

    @Override
    public void close() throws IOException {
      tar.close();
    }
  }
}
