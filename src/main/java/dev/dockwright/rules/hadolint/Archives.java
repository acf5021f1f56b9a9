package dev.dockwright.rules.hadolint;

import java.util.List;

/**
 * Path words as hadolint's ADD/COPY/WORKDIR rules read them: archive names ADD extracts (tar and
 * the compressions around it), base names, surrounding quotes.
 */
final class Archives {

  private Archives() {}

  private static final List<String> EXTENSIONS = List.of(".tar", ".Z", ".bz2", ".gz", ".lz",
      ".lzma", ".tZ", ".tb2", ".tbz", ".tbz2", ".tgz", ".tlz", ".tpz", ".txz", ".xz");

  /** Whether a path (quotes around it ignored) ends in an archive extension. */
  static boolean isArchive(String path) {
    String p = stripQuotes(path);
    return EXTENSIONS.stream().anyMatch(p::endsWith);
  }

  /** The last path component, with {@code /} or {@code \} as separator and quotes dropped. */
  static String basename(String path) {
    String p = stripQuotes(path);
    int cut = Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\'));
    return p.substring(cut + 1);
  }

  /** The text without the quotes around it (hadolint's {@code dropQuotes}). */
  static String stripQuotes(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && (s.charAt(start) == '"' || s.charAt(start) == '\'')) {
      start++;
    }
    while (end > start && (s.charAt(end - 1) == '"' || s.charAt(end - 1) == '\'')) {
      end--;
    }
    return s.substring(start, end);
  }
}
