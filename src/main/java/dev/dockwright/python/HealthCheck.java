package dev.dockwright.python;

/**
 * What the container's health check asks: GET {@code path} on the service port. A strict check
 * needs a success status (below 400), as from a real health endpoint; a lenient one only needs
 * the server to answer without a server error (below 500), for apps without a health endpoint
 * whose root page may well be a 404 or a redirect.
 */
public record HealthCheck(String path, boolean strict) {
  public HealthCheck {
    if (!path.startsWith("/")) {
      throw new IllegalArgumentException("health path must start with '/': " + path);
    }
  }

  public static HealthCheck strict(String path) {
    return new HealthCheck(path, true);
  }

  public static HealthCheck lenient(String path) {
    return new HealthCheck(path, false);
  }

  @Override
  public String toString() {
    return path + (strict ? "" : " (any answer below 500)");
  }
}
