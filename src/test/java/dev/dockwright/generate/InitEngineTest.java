package dev.dockwright.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.cli.Main;
import dev.dockwright.engine.Engine;
import dev.dockwright.testing.RequiresEngine;
import dev.dockwright.testsupport.FixtureProjects;
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
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end on the real engine: {@code dockwright init} writes the files a user gets (with
 * {@code --air-gapped}, since no builder here can fetch the frontend image), BuildKit builds them
 * with {@code --network none} from the local {@code python:3.11-slim}, and the container becomes
 * healthy, answers on its health endpoint and runs as non-root. Projects are standard-library
 * only (no package index is reachable). Every container and image is removed afterwards.
 */
@RequiresEngine
class InitEngineTest {
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
  void standardLibraryServiceBecomesHealthyAsNonRoot() throws Exception {
    Path dir = init("e2e-stdlib");
    assertThat(Files.readString(dir.resolve("Dockerfile"))).doesNotContain("AS builder");
    String image = build(dir);
    String id = run(image);
    awaitHealthy(id);
    assertThat(inspect(id, "{{.Config.User}}")).isEqualTo("10001");
    assertThat(docker(true, "exec", id, "id", "-u").strip()).isEqualTo("10001");
    String body = get(id, 8000, "/health");
    assertThat(body).contains("\"status\": \"ok\"").contains("\"uid\": 10001");
  }

  @Test
  void pyprojectServiceIsInstalledInTheBuilderAndRunsFromTheVenv() throws Exception {
    Path dir = init("e2e-pyproject");
    String dockerfile = Files.readString(dir.resolve("Dockerfile"));
    assertThat(dockerfile).contains("FROM python:3.11-slim AS builder")
        .contains("pip install --no-deps .").contains("CMD [\"e2e-hello\"]");
    String image = build(dir);
    String id = run(image);
    awaitHealthy(id);
    assertThat(get(id, 8080, "/health")).contains("\"uid\": 10001");
    assertThat(docker(true, "exec", id, "sh", "-c", "command -v e2e-hello").strip())
        .isEqualTo("/opt/venv/bin/e2e-hello");
    // The runtime stage has the venv, not the builder's tools or caches.
    assertThat(docker(false, "exec", id, "ls", "/root/.cache/pip")).doesNotContain("http");
  }

  @Test
  void spacesImageRunsAsUid1000WithAWritableAppDirectory() throws Exception {
    Path dir = init("e2e-stdlib", "--target", "hf-spaces");
    String image = build(dir);
    String id = run(image, "--user", "1000");
    awaitHealthy(id);
    assertThat(get(id, 7860, "/health")).contains("\"uid\": 1000");
    docker(true, "exec", id, "sh", "-c", "touch /home/user/app/written && touch ~/written");
    assertThat(docker(true, "exec", id, "sh", "-c", "echo $HOME").strip())
        .isEqualTo("/home/user");
  }

  @Test
  void cloudRunImageListensOnPort() throws Exception {
    Path dir = init("e2e-stdlib", "--target", "cloud-run");
    String image = build(dir);
    String id = run(image, "--env", "PORT=9090", "--publish", "9090");
    awaitHealthy(id); // the health check follows $PORT too
    assertThat(get(id, 9090, "/health")).contains("\"status\": \"ok\"");
  }

  @Test
  void port8080TargetIsReadyWithin30Seconds() throws Exception {
    Path dir = init("e2e-pyproject", "--target", "port-8080");
    String image = build(dir);
    long start = System.nanoTime();
    String id = run(image);
    awaitHealthy(id);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
    assertThat(get(id, 8080, "/health")).contains("ok");
  }

  @Test
  void buildScriptBuildsAndTagsEveryServiceImage() throws Exception {
    Path repo = copy("e2e-multi");
    cli("init", "--air-gapped", "--scripts", repo.toString());
    String registry = "dockwright-e2e-" + tag;
    Map<String, String> scriptEnv = new HashMap<>(env);
    scriptEnv.put("REGISTRY", registry);
    scriptEnv.put("VERSION", "t1");
    scriptEnv.put("DOCKER", DOCKER);
    images.add(registry + "/api:t1");
    images.add(registry + "/web:t1");
    exec(true, scriptEnv, repo.resolve("build-images.sh").toString(), "--network", "none");
    for (String svc : List.of("api", "web")) {
      String id = run(registry + "/" + svc + ":t1");
      awaitHealthy(id);
      assertThat(inspect(id, "{{.Config.User}}")).isEqualTo("10001");
    }
  }

  // ------------------------------------------------------------------------------- helpers

  private Path init(String fixture, String... flags) throws IOException {
    Path dir = copy(fixture);
    List<String> args = new ArrayList<>(List.of("init", "--air-gapped"));
    args.addAll(List.of(flags));
    args.add(dir.toString());
    cli(args.toArray(String[]::new));
    return dir;
  }

  private static void cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    assertThat(code).as(out + "\n" + err).isZero();
  }

  private String build(Path dir) {
    String image = "dockwright-e2e-" + dir.getFileName() + ":" + tag;
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
    return exec(mustSucceed, env, cmd.toArray(String[]::new));
  }

  private static String exec(boolean mustSucceed, Map<String, String> env, String... cmd) {
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

  private Path copy(String fixture) throws IOException {
    return FixtureProjects.copy(fixture, tmp);
  }
}
