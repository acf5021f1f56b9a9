package dev.dockwright.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.cli.Main;
import dev.dockwright.engine.Engine;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * End-to-end tests' hands on the engine: the engine's own docker CLI (as a user would type it,
 * BuildKit on) builds images, runs containers, waits for them to become healthy and probes them
 * over HTTP. A test class of {@link RequiresEngine} registers one per test,
 * {@code @RegisterExtension final DockerSession session = new DockerSession();}; whatever the
 * test built or ran is removed after it, pass or fail.
 */
public final class DockerSession implements BeforeEachCallback, AfterEachCallback {
  /** The engine's own client: a newer docker on PATH may lack BuildKit support here. */
  public static final String DOCKER = "/usr/bin/docker";
  private static final Duration HEALTHY_WITHIN = Duration.ofSeconds(90);

  private final Map<String, String> env = new HashMap<>();
  private final List<String> containers = new ArrayList<>();
  private final List<String> images = new ArrayList<>();
  private final String tag = UUID.randomUUID().toString().substring(0, 8);

  /** Connects to the test's engine (skipping or failing the test as {@link RequiresEngine} says). */
  @Override
  public void beforeEach(ExtensionContext context) {
    Engine engine = EngineExtension.engine(context);
    env.putAll(engine.cliEnvironment());
    env.put("DOCKER_BUILDKIT", "1");
    assertThat(Path.of(DOCKER)).as("the engine's docker client").isExecutable();
  }

  /** The environment the docker CLI runs with (the engine's host, BuildKit on). */
  public Map<String, String> env() {
    return Map.copyOf(env);
  }

  /** A tag unique to this session, so parallel runs do not share images. */
  public String tag() {
    return tag;
  }

  /** Runs the real CLI in-process; it must exit 0. */
  public static void cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    assertThat(code).as(out + "\n" + err).isZero();
  }

  /** Builds {@code dir} hermetically ({@code --network none}) as {@code repository:<unique tag>}. */
  public String build(Path dir, String repository) {
    String image = repository + ":" + tag + "-" + images.size();
    removeAtClose(image);
    docker(true, "build", "--network", "none", "--tag", image, dir.toString());
    return image;
  }

  /** An image made some other way (a build script, say), to be removed after the test too. */
  public void removeAtClose(String image) {
    images.add(image);
  }

  /** Starts a container of {@code image} in the background, every exposed port published. */
  public String run(String image, String... options) {
    List<String> args = new ArrayList<>(List.of("run", "--detach", "--publish-all"));
    args.addAll(List.of(options));
    args.add(image);
    String id = docker(true, args.toArray(String[]::new)).strip();
    containers.add(id);
    return id;
  }

  /** Runs {@code cmd} in container {@code id}; it must succeed. Returns its output, stripped. */
  public String exec(String id, String... cmd) {
    List<String> args = new ArrayList<>(List.of("exec", id));
    args.addAll(List.of(cmd));
    return docker(true, args.toArray(String[]::new)).strip();
  }

  /** Waits for the image's health check to pass; fails with the logs when it does not. */
  public void awaitHealthy(String id) throws InterruptedException {
    long deadline = System.nanoTime() + HEALTHY_WITHIN.toNanos();
    String status = "";
    while (System.nanoTime() < deadline) {
      status = inspect(id, "{{.State.Health.Status}}");
      if (status.equals("healthy")) {
        return;
      }
      if (status.equals("unhealthy") || inspect(id, "{{.State.Running}}").equals("false")) {
        break;
      }
      Thread.sleep(500);
    }
    throw new AssertionError("container is " + status + ", not healthy; logs:\n"
        + docker(false, "logs", id) + "\nhealth: " + inspect(id, "{{json .State.Health}}"));
  }

  /**
   * The port-8080 target's contract, which init and convert both promise: a container of
   * {@code image} is healthy within 30 seconds of its start and answers GET /health on 8080.
   */
  public void assertKeepsThePort8080Contract(String image) throws IOException, InterruptedException {
    long start = System.nanoTime();
    String id = run(image);
    awaitHealthy(id);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
    assertThat(get(id, 8080, "/health")).contains("ok");
  }

  /** {@code docker inspect --format FORMAT}, stripped (empty when there is no such object). */
  public String inspect(String id, String format) {
    return docker(false, "inspect", "--format", format, id).strip();
  }

  /** GET {@code path} on the host port published for {@code containerPort}; it must answer 200. */
  public String get(String id, int containerPort, String path) throws IOException, InterruptedException {
    String mapping = docker(true, "port", id, containerPort + "/tcp").lines().findFirst()
        .orElseThrow();
    String hostPort = mapping.substring(mapping.lastIndexOf(':') + 1);
    HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + hostPort + path)).timeout(Duration.ofSeconds(5))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(200);
    return r.body();
  }

  /** Runs the docker CLI; with {@code mustSucceed} a non-zero exit fails the test. */
  public String docker(boolean mustSucceed, String... args) {
    List<String> cmd = new ArrayList<>(List.of(DOCKER));
    cmd.addAll(List.of(args));
    return command(mustSucceed, env, cmd.toArray(String[]::new));
  }

  /** Runs {@code cmd} with {@code env} added; returns stdout and stderr together. */
  public static String command(boolean mustSucceed, Map<String, String> env, String... cmd) {
    try {
      ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
      pb.environment().putAll(env);
      Process p = pb.start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int code = p.waitFor();
      if (mustSucceed && code != 0) {
        throw new AssertionError(String.join(" ", cmd) + " exited " + code + ":\n" + out);
      }
      return out;
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** Removes every container and image of the test, whatever state they are in. */
  @Override
  public void afterEach(ExtensionContext context) {
    for (String c : containers) {
      docker(false, "rm", "--force", "--volumes", c);
    }
    for (String i : images) {
      docker(false, "rmi", "--force", i);
    }
    containers.clear();
    images.clear();
  }
}
