package dev.dockwright.engine;

import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where an engine's API listens: a unix socket or a TCP address (TLS from {@code DOCKER_TLS_VERIFY}
 * and {@code DOCKER_CERT_PATH}, as the docker CLI does).
 *
 * <p>Defaults: Docker reads {@code DOCKER_HOST}, else {@code unix:///var/run/docker.sock}. Podman
 * reads {@code CONTAINER_HOST}, else its root socket {@code unix:///run/podman/podman.sock} (start
 * it with {@code podman system service --time=0}), or for a rootless user
 * {@code $XDG_RUNTIME_DIR/podman/podman.sock}.
 */
public record EngineHost(URI uri, EngineKind kind) {
  public static final String DOCKER_DEFAULT = "unix:///var/run/docker.sock";
  public static final String PODMAN_ROOT_DEFAULT = "unix:///run/podman/podman.sock";

  /**
   * @param explicit a host given on the command line, which wins over the environment
   * @throws EngineException for a host dockwright cannot use (ssh, npipe, garbage)
   */
  public static EngineHost resolve(EngineKind kind, Optional<String> explicit, Map<String, String> env) {
    String raw = explicit.filter(s -> !s.isBlank()).orElseGet(() -> defaultFor(kind, env));
    return parse(raw, kind);
  }

  private static String defaultFor(EngineKind kind, Map<String, String> env) {
    if (kind == EngineKind.DOCKER) {
      return nonBlank(env.get("DOCKER_HOST")).orElse(DOCKER_DEFAULT);
    }
    Optional<String> containerHost = nonBlank(env.get("CONTAINER_HOST"));
    if (containerHost.isPresent()) {
      return containerHost.get();
    }
    boolean root = "root".equals(System.getProperty("user.name"));
    Optional<String> runtimeDir = nonBlank(env.get("XDG_RUNTIME_DIR"));
    if (!root && runtimeDir.isPresent()) {
      return "unix://" + Path.of(runtimeDir.get(), "podman", "podman.sock");
    }
    return PODMAN_ROOT_DEFAULT;
  }

  static EngineHost parse(String raw, EngineKind kind) {
    String text = raw.strip();
    if (!text.contains("://")) {
      // As the docker CLI does: "host:port" means TCP; a bare path means a socket.
      text = text.startsWith("/") ? "unix://" + text : "tcp://" + text;
    }
    URI uri;
    try {
      uri = URI.create(text);
    } catch (IllegalArgumentException e) {
      throw new EngineException("cannot reach " + kind.displayName() + " at " + raw + ": not a valid host URL");
    }
    EngineHost host = new EngineHost(uri, kind);
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    switch (scheme) {
      case "unix" -> {
        if (uri.getPath() == null || uri.getPath().isEmpty()) {
          throw EngineException.unreachable(host, "a unix:// host needs a socket path");
        }
      }
      case "tcp", "http", "https" -> {
        if (uri.getHost() == null) {
          throw EngineException.unreachable(host, "a tcp:// host needs host:port");
        }
      }
      case "ssh" -> throw EngineException.unreachable(host,
          "ssh:// hosts are not supported by dockwright's API client; forward the socket instead:"
              + " ssh -nNT -L /tmp/docker.sock:/var/run/docker.sock " + uri.getAuthority()
              + " & then DOCKER_HOST=unix:///tmp/docker.sock");
      case "npipe" -> throw EngineException.unreachable(host, "named pipes exist only on Windows");
      default -> throw EngineException.unreachable(host, "unsupported scheme " + scheme + "://");
    }
    return host;
  }

  /** The same socket path for unix hosts, or null. */
  public Optional<Path> socketPath() {
    return "unix".equalsIgnoreCase(uri.getScheme()) ? Optional.of(Path.of(uri.getPath())) : Optional.empty();
  }

  private static Optional<String> nonBlank(String s) {
    return s == null || s.isBlank() ? Optional.empty() : Optional.of(s);
  }

  @Override
  public String toString() {
    return uri.toString();
  }
}
