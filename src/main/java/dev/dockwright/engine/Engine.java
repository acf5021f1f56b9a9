package dev.dockwright.engine;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Version;
import com.github.dockerjava.api.model.VersionComponent;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.httpclient5.ApacheDockerHttpClient;
import com.github.dockerjava.transport.DockerHttpClient;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A connection to a Docker or Podman engine through docker-java. {@link #connect} answers only once
 * the engine has answered a ping, so every later failure is about the request, not the connection.
 */
public final class Engine implements AutoCloseable {
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
  private static final Duration PING_TIMEOUT = Duration.ofSeconds(10);

  private final EngineHost host;
  private final DockerClient client;
  private final DockerHttpClient transport;
  private final String serverName;
  private final String serverVersion;
  private final String apiVersion;

  private Engine(EngineHost host, DockerClient client, DockerHttpClient transport, String serverName,
      String serverVersion, String apiVersion) {
    this.host = host;
    this.client = client;
    this.transport = transport;
    this.serverName = serverName;
    this.serverVersion = serverVersion;
    this.apiVersion = apiVersion;
  }

  /** Connects to the engine of {@code kind} named by the environment (see {@link EngineHost}). */
  public static Engine connect(EngineKind kind) {
    return connect(EngineHost.resolve(kind, Optional.empty(), System.getenv()));
  }

  /**
   * @throws EngineException {@code cannot reach Docker at HOST: REASON} when the engine does not
   *     answer a ping
   */
  public static Engine connect(EngineHost host) {
    Optional<String> missing = host.socketPath().filter(p -> !Files.exists(p)).map(p -> "no socket at " + p
        + (host.kind() == EngineKind.PODMAN ? " (start it: podman system service --time=0 " + host + " &)"
            : " (is dockerd running?)"));
    if (missing.isPresent()) {
      throw EngineException.unreachable(host, missing.get());
    }
    DockerClientConfig config;
    try {
      config = DefaultDockerClientConfig.createDefaultConfigBuilder()
          .withDockerHost(host.uri().toString().replaceFirst("^(?i)(http|https)://", "tcp://"))
          .build();
    } catch (RuntimeException e) {
      throw EngineException.unreachable(host, reason(e));
    }
    try (DockerClient probe = DockerClientImpl.getInstance(config, transport(config, PING_TIMEOUT))) {
      probe.pingCmd().exec();
    } catch (IOException | RuntimeException e) {
      throw EngineException.unreachable(host, reason(e));
    }
    DockerHttpClient transport = transport(config, null);
    DockerClient client = DockerClientImpl.getInstance(config, transport);
    try {
      Version v = client.versionCmd().exec();
      String name = serverName(v, host.kind());
      return new Engine(host, client, transport, name, v.getVersion(), v.getApiVersion());
    } catch (RuntimeException e) {
      closeQuietly(client);
      throw EngineException.unreachable(host, reason(e));
    }
  }

  private static DockerHttpClient transport(DockerClientConfig config, Duration responseTimeout) {
    ApacheDockerHttpClient.Builder http = new ApacheDockerHttpClient.Builder()
        .dockerHost(config.getDockerHost())
        .sslConfig(config.getSSLConfig())
        .maxConnections(32)
        .connectionTimeout(CONNECT_TIMEOUT);
    if (responseTimeout != null) {
      http.responseTimeout(responseTimeout);
    }
    return http.build();
  }

  /** "Podman Engine" shows up as a component of a Podman server's version. */
  private static String serverName(Version v, EngineKind asked) {
    List<VersionComponent> components = v.getComponents();
    if (components != null) {
      for (VersionComponent c : components) {
        if (c.getName() != null && c.getName().toLowerCase(Locale.ROOT).contains("podman")) {
          return "Podman";
        }
      }
    }
    return asked == EngineKind.PODMAN ? "Podman" : "Docker";
  }

  /** A short reason from the innermost useful cause. */
  static String reason(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    if (t instanceof ConnectException) {
      return "connection refused";
    }
    if (t instanceof SocketTimeoutException) {
      return "no answer within " + PING_TIMEOUT.toSeconds() + "s";
    }
    if (t instanceof AccessDeniedException) {
      return "permission denied (is your user allowed to use the socket?)";
    }
    String msg = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    String lower = msg.toLowerCase(Locale.ROOT);
    if (lower.contains("permission denied")) {
      return "permission denied (is your user allowed to use the socket?)";
    }
    if (lower.contains("connection refused")) {
      return "connection refused";
    }
    if (lower.contains("no such file")) {
      return "no such socket";
    }
    return msg.lines().findFirst().orElse(msg).strip();
  }

  private static void closeQuietly(AutoCloseable c) {
    try {
      c.close();
    } catch (Exception ignored) {
      // closing a connection that failed anyway
    }
  }

  /** The docker-java client, for the verify and build code. */
  public DockerClient api() {
    return client;
  }

  public EngineHost host() {
    return host;
  }

  public EngineKind kind() {
    return host.kind();
  }

  /** True when the server is Podman, whatever kind was asked for. */
  public boolean isPodman() {
    return serverName.equals("Podman");
  }

  public String serverVersion() {
    return serverVersion;
  }

  public String apiVersion() {
    return apiVersion;
  }

  /** "Docker 20.10.24 (API 1.41) at unix:///var/run/docker.sock". */
  public String describe() {
    return serverName + " " + serverVersion + " (API " + apiVersion + ") at " + host;
  }

  /**
   * A request docker-java has no command for, e.g. Podman's libpod endpoints. Returns the status
   * and the body as text.
   */
  public RawResponse raw(String method, String path) {
    DockerHttpClient.Request request = DockerHttpClient.Request.builder()
        .method(DockerHttpClient.Request.Method.valueOf(method)).path(path).build();
    try (DockerHttpClient.Response response = transport.execute(request)) {
      String body = new String(response.getBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      return new RawResponse(response.getStatusCode(), body);
    } catch (IOException e) {
      throw EngineException.unreachable(host, reason(e));
    }
  }

  public record RawResponse(int status, String body) {}

  /** Environment for an engine CLI so it talks to this engine (docker: DOCKER_HOST). */
  public Map<String, String> cliEnvironment() {
    return kind() == EngineKind.DOCKER ? Map.of("DOCKER_HOST", host.toString()) : Map.of();
  }

  @Override
  public void close() {
    closeQuietly(client);
  }
}
