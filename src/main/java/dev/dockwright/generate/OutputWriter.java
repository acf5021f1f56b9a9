package dev.dockwright.generate;

import dev.dockwright.io.AtomicFiles;
import dev.dockwright.io.UnifiedDiff;
import dev.dockwright.io.UserException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Puts generated files where they belong, in one of three modes: write them (atomically, never
 * replacing an existing file unless forced, and checking every file before writing any),
 * show what would change as unified diffs, or print them.
 */
public final class OutputWriter {
  public enum Mode { WRITE, DRY_RUN, STDOUT }

  /** What happened to one file. */
  public record Outcome(String path, String status) {}

  private OutputWriter() {}

  public static List<Outcome> apply(Path dir, List<GeneratedFile> files, Mode mode, boolean force,
      PrintWriter out) {
    return switch (mode) {
      case STDOUT -> print(files, out);
      case DRY_RUN -> dryRun(dir, files, force, out);
      case WRITE -> write(dir, files, force);
    };
  }

  private static List<Outcome> print(List<GeneratedFile> files, PrintWriter out) {
    List<Outcome> result = new ArrayList<>();
    for (GeneratedFile f : files) {
      if (files.size() > 1) {
        out.println("# ---- " + f.path() + " ----");
      }
      out.print(f.content());
      result.add(new Outcome(f.path(), "printed"));
    }
    out.flush();
    return result;
  }

  private static List<Outcome> dryRun(Path dir, List<GeneratedFile> files, boolean force,
      PrintWriter out) {
    List<Outcome> result = new ArrayList<>();
    for (GeneratedFile f : files) {
      Path target = dir.resolve(f.path());
      String old = read(target);
      String diff = UnifiedDiff.diff("a/" + f.path(), "b/" + f.path(), old, f.content());
      out.print(diff);
      String status = old == null ? "would create"
          : diff.isEmpty() ? "unchanged"
          : force ? "would replace" : "exists (needs --force)";
      result.add(new Outcome(f.path(), status));
    }
    out.flush();
    return result;
  }

  private static List<Outcome> write(Path dir, List<GeneratedFile> files, boolean force) {
    List<String> blocked = new ArrayList<>();
    for (GeneratedFile f : files) {
      Path target = dir.resolve(f.path());
      String old = read(target);
      if (Files.exists(target) && !force && !f.content().equals(old)) {
        blocked.add(f.path());
      }
    }
    if (!blocked.isEmpty()) {
      throw new UserException(String.join(", ", blocked) + (blocked.size() == 1 ? " exists"
          : " exist") + " and would change: nothing written (--force replaces, --dry-run shows "
          + "the difference)");
    }
    List<Outcome> result = new ArrayList<>();
    for (GeneratedFile f : files) {
      Path target = dir.resolve(f.path());
      String old = read(target);
      if (f.content().equals(old)) {
        result.add(new Outcome(f.path(), "unchanged"));
        continue;
      }
      try {
        AtomicFiles.writeString(target, f.content(), force ? AtomicFiles.Mode.REPLACE
            : AtomicFiles.Mode.CREATE_NEW);
        if (f.executable()) {
          makeExecutable(target);
        }
      } catch (IOException e) {
        throw new UserException(target + ": cannot write: " + e.getMessage());
      }
      result.add(new Outcome(f.path(), old == null ? "created" : "replaced"));
    }
    return result;
  }

  private static void makeExecutable(Path p) throws IOException {
    try {
      Set<PosixFilePermission> perms = EnumSet.copyOf(Files.getPosixFilePermissions(p));
      perms.addAll(Set.of(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_EXECUTE,
          PosixFilePermission.OTHERS_EXECUTE));
      Files.setPosixFilePermissions(p, perms);
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: the script can still be run with sh
    }
  }

  private static String read(Path p) {
    try {
      return Files.isRegularFile(p) ? Files.readString(p) : null;
    } catch (IOException e) {
      throw new UserException(p + ": cannot read: " + e.getMessage());
    }
  }
}
