package dev.dockwright.verify.image;

import dev.dockwright.image.EntryType;
import dev.dockwright.image.FileModes;
import dev.dockwright.image.MergedFilesystem;
import dev.dockwright.verify.CheckResult;
import dev.dockwright.verify.spec.ImageSpec.FileExpectation;
import dev.dockwright.verify.spec.ImageSpec.FileType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Paths exist (with type, mode and owner) or are absent in the merged filesystem. A symlink is
 * checked as itself when {@code type: symlink} is asked for, and followed otherwise, as a
 * process in the container would see it.
 */
final class FilesCheck implements ImageCheck {
  static final String ID = "image.file";
  private final List<FileExpectation> files;

  FilesCheck(List<FileExpectation> files) {
    this.files = files;
  }

  @Override
  public List<CheckResult> run(ImageFacts facts) {
    MergedFilesystem fs = facts.image().filesystem();
    List<CheckResult> out = new ArrayList<>();
    for (FileExpectation f : files) out.add(check(fs, f));
    return out;
  }

  private static CheckResult check(MergedFilesystem fs, FileExpectation f) {
    boolean asLink = f.type().filter(t -> t == FileType.SYMLINK).isPresent();
    Optional<MergedFilesystem.Node> node = asLink ? fs.lookup(f.path()) : fs.resolve(f.path());
    if (!f.exists()) {
      String title = f.path() + " is absent";
      if (node.isEmpty() && fs.lookup(f.path()).isEmpty()) return CheckResult.pass(ID, title, "absent", "absent");
      MergedFilesystem.Node n = node.orElseGet(() -> fs.lookup(f.path()).orElseThrow());
      return CheckResult.fail(ID, title, describe(n), "absent",
          "present (from layer " + n.layer() + "): remove it in the same layer that creates it, or .dockerignore it");
    }
    String expected = expected(f);
    String title = f.path() + " " + expected;
    if (node.isEmpty()) {
      String why = fs.lookup(f.path()).isPresent() ? "a dangling symlink" : "no such path in the image";
      return CheckResult.fail(ID, title, "absent", expected, why);
    }
    MergedFilesystem.Node n = node.get();
    List<String> wrong = new ArrayList<>();
    f.type().ifPresent(t -> {
      if (!typeMatches(t, n.type())) wrong.add("is " + typeName(n.type()));
    });
    f.mode().ifPresent(m -> {
      if ((n.entry().mode() & 07777) != m) wrong.add("mode " + FileModes.octal(n.entry().mode()));
    });
    f.uid().ifPresent(u -> {
      if (n.entry().uid() != u) wrong.add("owner uid " + n.entry().uid());
    });
    f.gid().ifPresent(g -> {
      if (n.entry().gid() != g) wrong.add("group gid " + n.entry().gid());
    });
    if (wrong.isEmpty()) return CheckResult.pass(ID, title, describe(n), expected);
    return CheckResult.fail(ID, title, describe(n), expected, String.join(", ", wrong));
  }

  private static String expected(FileExpectation f) {
    List<String> parts = new ArrayList<>();
    parts.add(f.type().map(t -> "is a " + t.name().toLowerCase(Locale.ROOT)).orElse("exists"));
    f.mode().ifPresent(m -> parts.add("mode " + FileModes.octal(m)));
    f.uid().ifPresent(u -> parts.add("uid " + u));
    f.gid().ifPresent(g -> parts.add("gid " + g));
    return String.join(", ", parts);
  }

  static String describe(MergedFilesystem.Node n) {
    return typeName(n.type()) + " " + n.entry().modeString() + " " + n.entry().uid() + ":" + n.entry().gid()
        + (n.type() == EntryType.SYMLINK ? " -> " + n.entry().linkTarget() : "");
  }

  private static boolean typeMatches(FileType want, EntryType actual) {
    return switch (want) {
      case FILE -> actual == EntryType.FILE || actual == EntryType.HARDLINK;
      case DIRECTORY -> actual == EntryType.DIRECTORY;
      case SYMLINK -> actual == EntryType.SYMLINK;
    };
  }

  private static String typeName(EntryType t) {
    return switch (t) {
      case FILE, HARDLINK -> "file";
      case DIRECTORY -> "directory";
      case SYMLINK -> "symlink";
      default -> t.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    };
  }
}
