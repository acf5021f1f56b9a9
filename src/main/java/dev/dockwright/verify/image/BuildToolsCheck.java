package dev.dockwright.verify.image;

import dev.dockwright.image.EntryType;
import dev.dockwright.image.MergedFilesystem;
import dev.dockwright.verify.CheckResult;
import dev.dockwright.verify.spec.ByteSize;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * No build leftovers in the final image: compilers on the PATH, C headers from {@code *-dev}
 * packages, and package caches (pip, uv, poetry, apt lists and archives, apk). They cost size and
 * attack surface; a multi-stage build or a cache mount keeps them out. Only what is visible in
 * the final filesystem counts (bytes deleted later are the efficiency check's business).
 */
final class BuildToolsCheck implements ImageCheck {
  static final String ID = "image.build-tools";
  private static final Set<String> BIN_DIRS =
      Set.of("/bin", "/sbin", "/usr/bin", "/usr/sbin", "/usr/local/bin", "/usr/local/sbin");
  private static final Pattern COMPILER = Pattern.compile(
      "(?:[a-z0-9_]+-linux-gnu[a-z]*-)?(?:gcc|cc|g\\+\\+|c\\+\\+|clang|clang\\+\\+|gfortran|rustc|go)(?:-\\d+(?:\\.\\d+)*)?");
  private static final Pattern CACHE_DIR = Pattern.compile("(/root|/home/[^/]+|/tmp|/[^/]+)/\\.cache/(pip|uv|pypoetry|pipenv)");

  @Override
  public List<CheckResult> run(ImageFacts facts) {
    MergedFilesystem fs = facts.image().filesystem();
    List<String> found = new ArrayList<>();
    long bytes = 0;

    List<String> compilers = new ArrayList<>();
    for (String dir : BIN_DIRS) {
      for (MergedFilesystem.Node n : fs.children(dir)) {
        String name = n.path().substring(n.path().lastIndexOf('/') + 1);
        if (COMPILER.matcher(name).matches() && fs.resolve(n.path()).filter(r -> r.type() != EntryType.DIRECTORY).isPresent()) {
          compilers.add(n.path());
        }
      }
    }
    if (!compilers.isEmpty()) found.add("compilers " + String.join(", ", compilers.stream().sorted().toList()));

    Map<String, Long> headers = subdirectorySizes(fs.descendants("/usr/include"), "/usr/include");
    if (!headers.isEmpty()) {
      long h = headers.values().stream().mapToLong(Long::longValue).sum();
      bytes += h;
      found.add("C headers in /usr/include (" + ByteSize.format(h) + ": " + top(headers) + ")");
    }

    Map<String, Long> caches = new LinkedHashMap<>();
    for (MergedFilesystem.Node n : fs.nodes()) {
      var m = CACHE_DIR.matcher(n.path());
      if (m.lookingAt() && n.type() == EntryType.FILE) caches.merge(m.group(), n.entry().size(), Long::sum);
    }
    caches.forEach((dir, size) -> found.add(tool(dir) + " cache " + dir + " (" + ByteSize.format(size) + ")"));
    bytes += caches.values().stream().mapToLong(Long::longValue).sum();

    bytes += leftover(fs, "/var/lib/apt/lists", "apt package lists", found, Set.of("lock"));
    bytes += leftover(fs, "/var/cache/apt/archives", "downloaded .deb packages", found, Set.of("lock"));
    bytes += leftover(fs, "/var/cache/apk", "apk cache", found, Set.of());

    String title = "no compilers or package caches";
    if (found.isEmpty()) return List.of(CheckResult.pass(ID, title, "none", "none"));
    String measured = found.size() + (found.size() == 1 ? " leftover" : " leftovers")
        + (bytes > 0 ? ", " + ByteSize.format(bytes) : "");
    return List.of(CheckResult.fail(ID, title, measured, "none", String.join("; ", found)
        + " (build in another stage, or use RUN --mount=type=cache and clean in the same RUN)"));
  }

  private static long leftover(MergedFilesystem fs, String dir, String what, List<String> found, Set<String> ignore) {
    long size = 0;
    int count = 0;
    for (MergedFilesystem.Node n : fs.descendants(dir)) {
      String name = n.path().substring(n.path().lastIndexOf('/') + 1);
      if (n.type() == EntryType.FILE && !ignore.contains(name)) {
        size += n.entry().size();
        count++;
      }
    }
    if (count > 0) found.add(what + " in " + dir + " (" + count + " files, " + ByteSize.format(size) + ")");
    return size;
  }

  /** Bytes per first-level subdirectory (or file) under a directory. */
  private static Map<String, Long> subdirectorySizes(Collection<MergedFilesystem.Node> nodes, String dir) {
    Map<String, Long> out = new LinkedHashMap<>();
    for (MergedFilesystem.Node n : nodes) {
      if (n.type() != EntryType.FILE && n.type() != EntryType.SYMLINK) continue;
      String rest = n.path().substring(dir.length() + 1);
      String first = rest.contains("/") ? rest.substring(0, rest.indexOf('/')) : rest;
      out.merge(first, n.entry().size(), Long::sum);
    }
    return out;
  }

  private static String top(Map<String, Long> sizes) {
    List<String> names = sizes.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .limit(3).map(Map.Entry::getKey).toList();
    return String.join(", ", names) + (sizes.size() > 3 ? ", ..." : "");
  }

  private static String tool(String cacheDir) {
    return cacheDir.substring(cacheDir.lastIndexOf('/') + 1);
  }
}
