package dev.dockwright.engine.context;

import dev.dockwright.ignore.DockerIgnore;
import dev.dockwright.ignore.IgnorePattern;
import dev.dockwright.ignore.PatternMatcher;
import dev.dockwright.io.UserException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * The build context the Docker CLI sends to the Engine API's builder: the context directory as a
 * tar, minus what {@code .dockerignore} excludes, walked and filtered as moby's
 * {@code archive.TarWithOptions} does. The Dockerfile and {@code .dockerignore} always go in (the
 * CLI appends exceptions for them), and a Dockerfile outside the context is added under a random
 * {@code .dockerfile.*} name. Owners are 0:0, as the CLI sets them.
 */
public final class BuildContext {
  private final Path root;
  private final List<Entry> entries;
  private final String dockerfileName;
  private final Path externalDockerfile;

  /** One path in the context; directories end without a slash here. */
  public record Entry(String path, Path file, Kind kind) {}

  public enum Kind { FILE, DIRECTORY, SYMLINK }

  private BuildContext(Path root, List<Entry> entries, String dockerfileName, Path external) {
    this.root = root;
    this.entries = List.copyOf(entries);
    this.dockerfileName = dockerfileName;
    this.externalDockerfile = external;
  }

  /**
   * Scans {@code contextDir} with its {@code .dockerignore}.
   *
   * @param dockerfile the Dockerfile, inside the context or not
   */
  public static BuildContext scan(Path contextDir, Path dockerfile) {
    Path root = contextDir.toAbsolutePath().normalize();
    Path df = dockerfile.toAbsolutePath().normalize();
    boolean inside = df.startsWith(root);
    String dfName = inside ? slashes(root.relativize(df)) : ".dockerfile." + randomHex();

    PatternMatcher matcher = DockerIgnore.read(root);
    List<String> patterns = new ArrayList<>(
        matcher.patterns().stream().map(IgnorePattern::toString).toList());
    if (matcher.excludes(DockerIgnore.FILE_NAME)) {
      patterns.add("!" + DockerIgnore.FILE_NAME);
    }
    if (inside && matcher.excludes(dfName)) {
      patterns.add("!" + dfName);
    }
    PatternMatcher effective = PatternMatcher.of(patterns);

    List<Entry> entries = new ArrayList<>();
    try {
      walk(root, "", effective, PatternMatcher.MatchInfo.NONE, entries);
    } catch (IOException e) {
      throw new UserException("cannot read the build context " + root + ": " + e.getMessage());
    }
    if (!inside) {
      entries.add(new Entry(dfName, df, Kind.FILE));
    }
    return new BuildContext(root, entries, dfName, inside ? null : df);
  }

  /** The paths that go into the tar, in tar order. */
  public List<String> paths() {
    return entries.stream().map(Entry::path).toList();
  }

  public List<Entry> entries() {
    return entries;
  }

  /** The Dockerfile's name inside the context, as the API's {@code dockerfile} parameter. */
  public String dockerfileName() {
    return dockerfileName;
  }

  public Path root() {
    return root;
  }

  private static void walk(Path dir, String relDir, PatternMatcher matcher,
      PatternMatcher.MatchInfo parentInfo, List<Entry> out) throws IOException {
    List<Path> children;
    try (Stream<Path> list = Files.list(dir)) {
      // Go's WalkDir visits entries sorted by name; the tar keeps that order.
      children = list.sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString())).toList();
    }
    for (Path child : children) {
      String rel = relDir.isEmpty() ? child.getFileName().toString() : relDir + "/" + child.getFileName();
      boolean isDir = Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS);
      PatternMatcher.Decision decision = matcher.decide(rel, parentInfo);
      if (decision.excluded()) {
        // An excluded directory is still entered when an exception could take back something in it;
        // the directory itself stays out of the tar, as in moby.
        if (isDir && matcher.hasExclusions() && matcher.exceptionMayReachInto(rel)) {
          walk(child, rel, matcher, decision.info(), out);
        }
        continue;
      }
      if (isDir) {
        out.add(new Entry(rel, child, Kind.DIRECTORY));
        walk(child, rel, matcher, decision.info(), out);
      } else if (Files.isSymbolicLink(child)) {
        out.add(new Entry(rel, child, Kind.SYMLINK));
      } else if (Files.isRegularFile(child, LinkOption.NOFOLLOW_LINKS)) {
        out.add(new Entry(rel, child, Kind.FILE));
      }
      // sockets and devices: the CLI's tar skips them too
    }
  }

  /** Writes the context as an uncompressed tar. */
  public void writeTar(OutputStream os) throws IOException {
    TarArchiveOutputStream tar = new TarArchiveOutputStream(os);
    tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
    tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
    for (Entry e : entries) {
      TarArchiveEntry te;
      switch (e.kind()) {
        case DIRECTORY -> te = new TarArchiveEntry(e.path() + "/", TarArchiveEntry.LF_DIR);
        case SYMLINK -> {
          te = new TarArchiveEntry(e.path(), TarArchiveEntry.LF_SYMLINK);
          te.setLinkName(Files.readSymbolicLink(e.file()).toString());
        }
        default -> {
          te = new TarArchiveEntry(e.path());
          te.setSize(Files.size(e.file()));
        }
      }
      te.setMode(mode(e));
      te.setModTime(Files.getLastModifiedTime(e.file(), LinkOption.NOFOLLOW_LINKS).toMillis());
      te.setIds(0, 0);
      te.setNames("", "");
      tar.putArchiveEntry(te);
      if (e.kind() == Kind.FILE) {
        try (InputStream in = Files.newInputStream(e.file())) {
          in.transferTo(tar);
        }
      }
      tar.closeArchiveEntry();
    }
    tar.finish();
  }

  private static int mode(Entry e) throws IOException {
    int type = switch (e.kind()) {
      case DIRECTORY -> 0040000;
      case SYMLINK -> 0120000;
      case FILE -> 0100000;
    };
    try {
      Set<PosixFilePermission> perms = Files.readAttributes(e.file(), PosixFileAttributes.class,
          LinkOption.NOFOLLOW_LINKS).permissions();
      int bits = 0;
      for (PosixFilePermission p : perms) {
        bits |= 1 << (8 - p.ordinal());
      }
      return type | bits;
    } catch (UnsupportedOperationException notPosix) {
      return type | (e.kind() == Kind.DIRECTORY ? 0755 : 0644);
    }
  }

  private static String slashes(Path rel) {
    return rel.toString().replace('\\', '/');
  }

  private static String randomHex() {
    byte[] b = new byte[10];
    new SecureRandom().nextBytes(b);
    return HexFormat.of().formatHex(b);
  }

  @Override
  public String toString() {
    return "BuildContext[" + root + ", " + entries.size() + " entries"
        + (externalDockerfile != null ? ", Dockerfile from " + externalDockerfile : "") + "]";
  }
}
