package dev.dockwright.image;

/**
 * Compares image references the way people write them: {@code python:3.11-slim},
 * {@code docker.io/library/python:3.11-slim} and Podman's {@code localhost/python:3.11-slim} all
 * name the same local image; a bare tag ({@code latest}) matches an OCI ref-name annotation.
 */
final class References {
  private References() {}

  static boolean same(String a, String b) {
    return normal(a).equals(normal(b));
  }

  static String normal(String ref) {
    String r = ref.trim();
    for (String prefix : new String[] {"docker.io/library/", "docker.io/", "index.docker.io/library/", "localhost/"}) {
      if (r.startsWith(prefix)) {
        r = r.substring(prefix.length());
        break;
      }
    }
    int slash = r.lastIndexOf('/');
    boolean hasTag = r.indexOf(':', slash + 1) >= 0 || r.contains("@");
    return hasTag ? r : r + ":latest";
  }
}
