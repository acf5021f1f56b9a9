package dev.dockwright.image;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * Streams one uncompressed layer tar into {@link LayerEntry} records, translating the OCI whiteout
 * convention ({@code .wh.NAME}, {@code .wh..wh..opq}) into whiteout entries. Memory stays at the
 * size of the entry list: content is only handed to a {@link FileContentVisitor} or, for a few
 * small identity files, kept.
 */
final class LayerReader {
  static final Set<String> RETAINED =
      Set.of("/etc/passwd", "/etc/group", "/etc/os-release", "/usr/lib/os-release");
  private static final int RETAIN_MAX = 1 << 20;
  private static final String WHITEOUT = ".wh.";
  private static final String OPAQUE = ".wh..wh..opq";

  record Result(List<LayerEntry> entries, long tarBytes, long fileBytes, Map<String, byte[]> retained) {}

  private LayerReader() {}

  static Result read(InputStream tarStream, int layerIndex, FileContentVisitor visitor)
      throws IOException {
    CountingInputStream counted = new CountingInputStream(tarStream);
    List<LayerEntry> entries = new ArrayList<>();
    Map<String, byte[]> retained = new HashMap<>();
    long fileBytes = 0;
    TarArchiveInputStream tar = new TarArchiveInputStream(counted);
    TarArchiveEntry e;
    while ((e = tar.getNextEntry()) != null) {
      LayerEntry entry = toEntry(e);
      if (entry == null) continue;
      entries.add(entry);
      fileBytes += entry.size();
      if (entry.type() != EntryType.FILE) continue;
      InputStream content = new NonClosing(tar);
      if (RETAINED.contains(entry.path()) && entry.size() <= RETAIN_MAX) {
        byte[] bytes = tar.readAllBytes();
        retained.put(entry.path(), bytes);
        content = new ByteArrayInputStream(bytes);
      }
      if (visitor.wants(layerIndex, entry)) visitor.visit(layerIndex, entry, content);
    }
    counted.transferTo(java.io.OutputStream.nullOutputStream()); // trailing zero blocks belong to the tar size
    return new Result(entries, counted.count, fileBytes, retained);
  }

  /** Null for tar bookkeeping entries that are not part of the filesystem (aufs metadata). */
  static LayerEntry toEntry(TarArchiveEntry e) {
    String path = absolute(e.getName());
    String name = path.substring(path.lastIndexOf('/') + 1);
    String parent = parentOf(path);
    int mode = e.getMode() & 07777;
    int uid = (int) e.getLongUserId();
    int gid = (int) e.getLongGroupId();
    if (name.startsWith(WHITEOUT)) {
      if (name.equals(OPAQUE)) {
        return new LayerEntry(parent, EntryType.OPAQUE_WHITEOUT, 0, mode, uid, gid, "");
      }
      if (name.startsWith(WHITEOUT + WHITEOUT)) return null; // .wh..wh.plnk and friends (aufs)
      String deleted = (parent.equals("/") ? "" : parent) + "/" + name.substring(WHITEOUT.length());
      return new LayerEntry(deleted, EntryType.WHITEOUT, 0, mode, uid, gid, "");
    }
    if (e.isDirectory()) return new LayerEntry(path, EntryType.DIRECTORY, 0, mode, uid, gid, "");
    if (e.isSymbolicLink()) {
      // A symlink occupies its target's length, as lstat and `docker images` count it.
      long size = e.getLinkName().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
      return new LayerEntry(path, EntryType.SYMLINK, size, mode, uid, gid, e.getLinkName());
    }
    if (e.isLink()) {
      return new LayerEntry(path, EntryType.HARDLINK, 0, mode, uid, gid, absolute(e.getLinkName()));
    }
    if (e.isCharacterDevice()) return new LayerEntry(path, EntryType.CHAR_DEVICE, 0, mode, uid, gid, "");
    if (e.isBlockDevice()) return new LayerEntry(path, EntryType.BLOCK_DEVICE, 0, mode, uid, gid, "");
    if (e.isFIFO()) return new LayerEntry(path, EntryType.FIFO, 0, mode, uid, gid, "");
    if (e.isFile()) {
      long size = e.isSparse() ? e.getRealSize() : e.getSize();
      return new LayerEntry(path, EntryType.FILE, size, mode, uid, gid, "");
    }
    return null;
  }

  /** {@code ./usr/bin/} becomes {@code /usr/bin}; the root is {@code /}. */
  static String absolute(String tarName) {
    String p = ArchiveFiles.normalise(tarName);
    // Collapse "." and ".." the way extraction would, without leaving the root.
    if (p.contains("/.") || p.startsWith(".") || p.contains("//")) {
      p = java.nio.file.Path.of("/" + p).normalize().toString().substring(1);
    }
    return "/" + p;
  }

  static String parentOf(String path) {
    int slash = path.lastIndexOf('/');
    return slash <= 0 ? "/" : path.substring(0, slash);
  }

  static final class NonClosing extends FilterInputStream {
    NonClosing(InputStream in) {
      super(in);
    }

    @Override
    public void close() {}
  }

  private static final class CountingInputStream extends FilterInputStream {
    long count;

    CountingInputStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) count++;
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) count += n;
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(n);
      count += skipped;
      return skipped;
    }
  }
}
