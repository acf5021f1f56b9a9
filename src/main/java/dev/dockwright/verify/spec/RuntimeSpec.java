package dev.dockwright.verify.spec;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The {@code runtime:} section: checks that need a running container (run by the engine side of
 * verify). An empty optional means the check does not run; {@link #defaults()} applies when the
 * spec has no runtime section.
 *
 * @param port the container port the app serves HTTP on; empty: the image's only exposed port
 * @param env extra environment for the run ({@code docker run -e})
 * @param healthyWithin limit from start to healthy (engine health status when the image has a
 *     HEALTHCHECK, else the first probe answering as expected)
 * @param probes HTTP requests that must answer as expected once healthy
 * @param concurrency that many simultaneous requests must all succeed
 * @param nonRoot {@code id -u} inside the running container must not be 0
 * @param runAs run the container as this {@code uid[:gid]} ({@code docker run --user})
 * @param writable paths the running user must be able to write to
 * @param readOnlyRootfs run with a read-only root filesystem ({@code --read-only}) and still pass
 * @param stopWithin limit from {@code docker stop} (SIGTERM) to exit
 */
public record RuntimeSpec(
    OptionalInt port,
    Map<String, String> env,
    Optional<Duration> healthyWithin,
    List<HttpProbe> probes,
    Optional<Concurrency> concurrency,
    boolean nonRoot,
    Optional<String> runAs,
    List<String> writable,
    boolean readOnlyRootfs,
    Optional<Duration> stopWithin) {

  public RuntimeSpec {
    env = Map.copyOf(env);
    probes = List.copyOf(probes);
    writable = List.copyOf(writable);
  }

  public static final Duration DEFAULT_HEALTHY_WITHIN = Duration.ofSeconds(60);
  /** Docker's own stop timeout before it sends SIGKILL. */
  public static final Duration DEFAULT_STOP_WITHIN = Duration.ofSeconds(10);

  /** No container checks at all ({@code runtime: false}). */
  public static final RuntimeSpec NONE = new RuntimeSpec(OptionalInt.empty(), Map.of(), Optional.empty(),
      List.of(), Optional.empty(), false, Optional.empty(), List.of(), false, Optional.empty());

  /** Whether any check needs a running container. */
  public boolean needsContainer() {
    return healthyWithin.isPresent() || !probes.isEmpty() || concurrency.isPresent() || nonRoot
        || !writable.isEmpty() || readOnlyRootfs || stopWithin.isPresent();
  }

  public static RuntimeSpec defaults() {
    return new RuntimeSpec(OptionalInt.empty(), Map.of(), Optional.of(DEFAULT_HEALTHY_WITHIN), List.of(),
        Optional.empty(), true, Optional.empty(), List.of(), false, Optional.of(DEFAULT_STOP_WITHIN));
  }

  /**
   * @param method HTTP method, default GET
   * @param status expected status code, default 200
   * @param bodyContains substring the body must contain
   * @param json JSON paths ({@code $.status}) and the value each must equal
   * @param timeout per-request timeout, default 5s
   */
  public record HttpProbe(
      String method,
      String path,
      int status,
      Optional<String> bodyContains,
      Map<JsonPath, JsonNode> json,
      Duration timeout) {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

    public HttpProbe {
      json = Map.copyOf(json);
    }
  }

  /** {@code requests} simultaneous GETs of {@code path}, all expecting {@code status}. */
  public record Concurrency(int requests, String path, int status) {}
}
