package dev.dockwright.convert;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.cli.Main;
import dev.dockwright.engine.Engine;
import dev.dockwright.testing.RequiresEngine;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Converted Dockerfiles on the real engine: {@code dockwright convert --write} reshapes the
 * hand-written Dockerfiles of a standard-library service (the files a user would get), BuildKit
 * builds them with {@code --network none} from the local {@code python:3.11-slim}, and the
 * container becomes healthy and answers on the port the conversion chose, as the user it chose.
 * Every container and image is removed afterwards.
 */
@RequiresEngine
class ConvertEngineTest {
  private static final Path FIXTURE = Path.of("src/test/resources/convert/e2e");
  private static final String DOCKER = "/usr/bin/docker";
  private static final Duration HEALTHY_WITHIN = Duration.ofSeconds(90);

  @TempDir Path tmp;
  private Map<String, String> env;
  private final List<String> containers = new ArrayList<>();
  private final List<String> images = new ArrayList<>();
  private final String tag = UUID.randomUUID().toString().substring(0, 8);

  @BeforeEach
  void engine(Engine engine) {
    env = new HashMap<>(engine.cliEnvironment());
    env.put("DOCKER_BUILDKIT", "1");
    assertThat(Path.of(DOCKER)).as("the engine's docker client").isExecutable();
  }

  @AfterEach
  void cleanUp() {
    for (String c : containers) {
      docker(false, "rm", "--force", "--volumes", c);
    }
    for (String i : images) {
      docker(false, "rmi", "--force", i);
    }
  }

  @Test
  void foldedMultiStageBuildRunsFromItsVirtualenvAsBefore() throws Exception {
    Path dir = convert("multi.Dockerfile", "--to", "single-stage");
    String dockerfile = Files.readString(dir.resolve("Dockerfile"));
    assertThat(dockerfile).doesNotContain("AS builder").doesNotContain("COPY --from");
    String id = run(build(dir));
    awaitHealthy(id);
    assertThat(get(id, 8000, "/health")).contains("\"uid\": 10001");
    assertThat(exec(id, "sh", "-c", "command -v convert-e2e")).isEqualTo("/opt/venv/bin/convert-e2e");
    // The build stage's ENV stayed in its RUNs: the image config is the final stage's.
    assertThat(inspect(id, "{{json .Config.Env}}")).doesNotContain("PIP_NO_CACHE_DIR");
  }

  @Test
  void splitSingleStageBuildRunsAsNonRootFromTheCopiedVirtualenv() throws Exception {
    Path dir = convert("single.Dockerfile", "--to", "multi-stage");
    assertThat(Files.readString(dir.resolve("Dockerfile"))).contains("AS builder")
        .contains("COPY --from=builder /venv /venv");
    String image = build(dir);
    String id = run(image);
    awaitHealthy(id);
    assertThat(inspect(id, "{{.Config.User}}")).isEqualTo("10001");
    assertThat(get(id, 8000, "/health")).contains("\"uid\": 10001");
    assertThat(exec(id, "sh", "-c", "command -v convert-e2e")).isEqualTo("/venv/bin/convert-e2e");
    // pip ran in the builder only: no layer of the image comes from it.
    assertThat(docker(true, "history", "--no-trunc", image)).doesNotContain("pip install")
        .contains("COPY /venv /venv");
  }

  @Test
  void spacesImageRunsAsUid1000OnPort7860WithAWritableAppDirectory() throws Exception {
    Path dir = convert("single.Dockerfile", "--to", "multi-stage", "--target", "hf-spaces");
    String id = run(build(dir), "--user", "1000");
    awaitHealthy(id);
    assertThat(get(id, 7860, "/health")).contains("\"uid\": 1000");
    exec(id, "sh", "-c", "touch /app/written && touch \"$HOME\"/written");
    assertThat(exec(id, "sh", "-c", "echo $HOME")).isEqualTo("/home/user");
  }

  @Test
  void cloudRunImageListensOnPortAndTheServerIsPid1() throws Exception {
    Path dir = convert("multi.Dockerfile", "--target", "cloud-run");
    String id = run(build(dir), "--env", "PORT=9090", "--publish", "9090");
    awaitHealthy(id); // the health check follows $PORT too
    String health = get(id, 9090, "/health");
    assertThat(health).contains("\"pid\": 1"); // sh -c 'exec ...' left the server as PID 1
    long start = System.nanoTime();
    docker(true, "stop", "--time", "20", id);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
  }

  @Test
  void port8080ImageIsHealthyWithin30Seconds() throws Exception {
    Path dir = convert("single.Dockerfile", "--target", "port-8080");
    String image = build(dir);
    long start = System.nanoTime();
    String id = run(image);
    awaitHealthy(id);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
    assertThat(get(id, 8080, "/health")).contains("ok");
  }

  // ------------------------------------------------------------------------------- helpers

  /** Copies the fixture, puts the Dockerfile in place and converts it with the real CLI. */
  private Path convert(String dockerfile, String... flags) throws IOException {
    Path dir = tmp.resolve("ctx");
    try (Stream<Path> s = Files.walk(FIXTURE)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        Path t = dir.resolve(FIXTURE.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(t);
        } else if (!p.getFileName().toString().endsWith(".Dockerfile")) {
          Files.copy(p, t, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    Files.copy(FIXTURE.resolve(dockerfile), dir.resolve("Dockerfile"));
    List<String> args = new ArrayList<>(List.of("convert", "--write", "--no-backup"));
    args.addAll(List.of(flags));
    args.add(dir.resolve("Dockerfile").toString());
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args.toArray(String[]::new), new PrintWriter(out, true),
        new PrintWriter(err, true));
    assertThat(code).as(out + "\n" + err).isZero();
    return dir;
  }

  private String build(Path dir) {
    String image = "dockwright-convert-e2e:" + tag + "-" + images.size();
    images.add(image);
    docker(true, "build", "--network", "none", "--tag", image, dir.toString());
    return image;
  }

  private String run(String image, String... options) {
    List<String> args = new ArrayList<>(List.of("run", "--detach", "--publish-all"));
    args.addAll(List.of(options));
    args.add(image);
    String id = docker(true, args.toArray(String[]::new)).strip();
    containers.add(id);
    return id;
  }

  private String exec(String id, String... cmd) {
    List<String> args = new ArrayList<>(List.of("exec", id));
    args.addAll(List.of(cmd));
    return docker(true, args.toArray(String[]::new)).strip();
  }

  private void awaitHealthy(String id) throws InterruptedException {
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

  private String inspect(String id, String format) {
    return docker(false, "inspect", "--format", format, id).strip();
  }

  private String get(String id, int containerPort, String path) throws Exception {
    String mapping = docker(true, "port", id, containerPort + "/tcp").lines().findFirst()
        .orElseThrow();
    String hostPort = mapping.substring(mapping.lastIndexOf(':') + 1);
    HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + hostPort + path)).timeout(Duration.ofSeconds(5))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(200);
    return r.body();
  }

  private String docker(boolean mustSucceed, String... args) {
    List<String> cmd = new ArrayList<>(List.of(DOCKER));
    cmd.addAll(List.of(args));
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
}
