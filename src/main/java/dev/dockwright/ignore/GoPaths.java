package dev.dockwright.ignore;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Go's {@code path.Clean} for slash-separated paths. Docker cleans every ignore pattern with it, so
 * {@code ./a//b/../c/} and {@code a/c} are the same pattern; matching is only faithful when the
 * cleaning is too.
 */
public final class GoPaths {
  private GoPaths() {}

  /**
   * Shortest equivalent path: repeated slashes collapse, {@code .} elements go, {@code x/..} pairs
   * cancel, {@code ..} at the root of a rooted path goes, no trailing slash; empty becomes
   * {@code .}.
   */
  public static String clean(String path) {
    if (path.isEmpty()) {
      return ".";
    }
    boolean rooted = path.charAt(0) == '/';
    Deque<String> out = new ArrayDeque<>();
    int leadingDotDots = 0; // ".." that cannot cancel anything in a relative path
    for (String element : path.split("/", -1)) {
      if (element.isEmpty() || element.equals(".")) {
        continue;
      }
      if (element.equals("..")) {
        if (!out.isEmpty()) {
          out.removeLast();
        } else if (!rooted) {
          leadingDotDots++;
        }
        continue;
      }
      out.addLast(element);
    }
    StringBuilder sb = new StringBuilder();
    if (rooted) {
      sb.append('/');
    }
    for (int i = 0; i < leadingDotDots; i++) {
      if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '/') {
        sb.append('/');
      }
      sb.append("..");
    }
    for (String element : out) {
      if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '/') {
        sb.append('/');
      }
      sb.append(element);
    }
    return sb.length() == 0 ? "." : sb.toString();
  }
}
