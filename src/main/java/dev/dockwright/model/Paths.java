package dev.dockwright.model;

import java.util.ArrayDeque;
import java.util.Deque;

/** POSIX path arithmetic for paths inside an image (never the host's file system). */
public final class Paths {
  private Paths() {}

  /** Resolves {@code path} against the absolute {@code base} and normalises {@code .} and {@code ..}. */
  public static String resolve(String base, String path) {
    String joined = path.startsWith("/") ? path : (base.endsWith("/") ? base : base + "/") + path;
    return normalize(joined);
  }

  /** {@code /a/./b/../c/} gives {@code /a/c}; never goes above {@code /}. */
  public static String normalize(String path) {
    Deque<String> parts = new ArrayDeque<>();
    for (String p : path.split("/")) {
      if (p.isEmpty() || p.equals(".")) {
        continue;
      }
      if (p.equals("..")) {
        parts.pollLast();
      } else {
        parts.addLast(p);
      }
    }
    return "/" + String.join("/", parts);
  }

  /** Whether {@code path} is {@code dir} or inside it. */
  public static boolean isUnder(String path, String dir) {
    String p = normalize(path);
    String d = normalize(dir);
    return p.equals(d) || d.equals("/") || p.startsWith(d + "/");
  }
}
