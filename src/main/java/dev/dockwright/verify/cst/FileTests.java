package dev.dockwright.verify.cst;

import dev.dockwright.image.EntryType;
import dev.dockwright.image.FileModes;
import dev.dockwright.image.Image;
import dev.dockwright.image.MergedFilesystem;
import dev.dockwright.verify.CheckResult;
import dev.dockwright.verify.cst.StructureTest.FileContentTest;
import dev.dockwright.verify.cst.StructureTest.FileExistenceTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** CST file existence and file content tests, answered from the image's merged filesystem. */
final class FileTests {
  private static final int MAX_FILE_BYTES = 64 << 20;

  private FileTests() {}

  static CheckResult existence(FileExistenceTest t, Image image, Map<String, String> imageEnv) {
    String title = "File Existence Test: " + t.name();
    String path = GoCompat.expand(t.path(), imageEnv);
    // CST stats without following a final symlink (docker cp and the tar driver's Lstat).
    Optional<MergedFilesystem.Node> node = image.filesystem().resolveNoFollow(path);
    String expected = t.shouldExist() ? "exists" + t.permissions().map(p -> " " + p).orElse("") : "absent";
    if (!t.shouldExist()) {
      return node.isEmpty()
          ? CheckResult.pass(StructureTests.FILE_EXISTENCE, title, "absent", expected)
          : CheckResult.fail(StructureTests.FILE_EXISTENCE, title, describe(node.get()), expected,
              "File " + t.path() + " should not exist but does");
    }
    if (node.isEmpty()) {
      return CheckResult.fail(StructureTests.FILE_EXISTENCE, title, "absent", expected, "File " + t.path() + " should exist but does not");
    }
    MergedFilesystem.Node n = node.get();
    int mode = n.entry().mode();
    String goMode = FileModes.goString(n.type(), mode);
    List<String> errors = new ArrayList<>();
    t.permissions().filter(p -> !p.equals(goMode))
        .ifPresent(p -> errors.add(t.path() + " has incorrect permissions. Expected: " + p + ", Actual: " + goMode));
    t.isExecutableBy().ifPresent(who -> {
      int bits = switch (who) {
        case "owner" -> 0100;
        case "group" -> 0010;
        case "other" -> 0001;
        default -> 0111;
      };
      if ((mode & bits) == 0) errors.add(t.path() + " is not executable by " + who + ": " + goMode);
    });
    t.uid().ifPresent(uid -> {
      if (n.entry().uid() != uid) errors.add(t.path() + " has incorrect user ownership. Expected: " + uid + ", Actual: " + n.entry().uid());
    });
    t.gid().ifPresent(gid -> {
      if (n.entry().gid() != gid) errors.add(t.path() + " has incorrect group ownership. Expected: " + gid + ", Actual: " + n.entry().gid());
    });
    if (errors.isEmpty()) return CheckResult.pass(StructureTests.FILE_EXISTENCE, title, describe(n), expected);
    return CheckResult.fail(StructureTests.FILE_EXISTENCE, title, describe(n), expected, String.join("; ", errors));
  }

  static CheckResult content(FileContentTest t, Image image) {
    String title = "File Content Test: " + t.name();
    int patterns = t.expectedContents().size() + t.excludedContents().size();
    String expected = patterns + (patterns == 1 ? " pattern" : " patterns");
    Optional<MergedFilesystem.Node> node = image.filesystem().resolve(t.path());
    if (node.isPresent() && node.get().type() == EntryType.DIRECTORY) {
      return CheckResult.fail(StructureTests.FILE_CONTENT, title, "a directory", expected,
          "Cannot read specified path: " + t.path() + " is a directory, not a file");
    }
    Optional<byte[]> bytes = image.readFile(t.path(), MAX_FILE_BYTES);
    if (bytes.isEmpty()) {
      return CheckResult.fail(StructureTests.FILE_CONTENT, title, "absent", expected, "Failed to open " + t.path() + ": no such file");
    }
    String content = new String(bytes.get(), StandardCharsets.UTF_8);
    List<String> errors = new ArrayList<>();
    for (String re : t.expectedContents()) contentMatch(re, content, true, errors);
    for (String re : t.excludedContents()) contentMatch(re, content, false, errors);
    String measured = bytes.get().length + " bytes";
    if (errors.isEmpty()) return CheckResult.pass(StructureTests.FILE_CONTENT, title, measured, expected);
    return CheckResult.fail(StructureTests.FILE_CONTENT, title, measured, expected, String.join("; ", errors));
  }

  private static void contentMatch(String re, String content, boolean shouldMatch, List<String> errors) {
    Optional<Pattern> p = GoCompat.regex(re);
    if (p.isEmpty()) {
      errors.add("invalid regex '" + re + "'");
    } else if (GoCompat.matches(p.get(), content) != shouldMatch) {
      errors.add((shouldMatch ? "Expected string '" : "Excluded string '") + re
          + (shouldMatch ? "' not found in file content" : "' found in file content"));
    }
  }

  private static String describe(MergedFilesystem.Node n) {
    return FileModes.goString(n.type(), n.entry().mode()) + " " + n.entry().uid() + ":" + n.entry().gid();
  }
}
