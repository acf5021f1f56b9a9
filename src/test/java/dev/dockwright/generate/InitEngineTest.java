package dev.dockwright.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.testing.DockerSession;
import dev.dockwright.testing.RequiresEngine;
import dev.dockwright.testsupport.FixtureProjects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
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
  @TempDir Path tmp;
  @RegisterExtension final DockerSession session = new DockerSession();

  @Test
  void standardLibraryServiceBecomesHealthyAsNonRoot() throws Exception {
    Path dir = init("e2e-stdlib");
    assertThat(Files.readString(dir.resolve("Dockerfile"))).doesNotContain("AS builder");
    String image = build(dir);
    String id = session.run(image);
    session.awaitHealthy(id);
    assertThat(session.inspect(id, "{{.Config.User}}")).isEqualTo("10001");
    assertThat(session.exec(id, "id", "-u")).isEqualTo("10001");
    String body = session.get(id, 8000, "/health");
    assertThat(body).contains("\"status\": \"ok\"").contains("\"uid\": 10001");
  }

  @Test
  void pyprojectServiceIsInstalledInTheBuilderAndRunsFromTheVenv() throws Exception {
    Path dir = init("e2e-pyproject");
    String dockerfile = Files.readString(dir.resolve("Dockerfile"));
    assertThat(dockerfile).contains("FROM python:3.11-slim AS builder")
        .contains("pip install --no-deps .").contains("CMD [\"e2e-hello\"]");
    String image = build(dir);
    String id = session.run(image);
    session.awaitHealthy(id);
    assertThat(session.get(id, 8080, "/health")).contains("\"uid\": 10001");
    assertThat(session.exec(id, "sh", "-c", "command -v e2e-hello"))
        .isEqualTo("/opt/venv/bin/e2e-hello");
    // The runtime stage has the venv, not the builder's tools or caches.
    assertThat(session.docker(false, "exec", id, "ls", "/root/.cache/pip")).doesNotContain("http");
  }

  @Test
  void spacesImageRunsAsUid1000WithAWritableAppDirectory() throws Exception {
    Path dir = init("e2e-stdlib", "--target", "hf-spaces");
    String image = build(dir);
    String id = session.run(image, "--user", "1000");
    session.awaitHealthy(id);
    assertThat(session.get(id, 7860, "/health")).contains("\"uid\": 1000");
    session.exec(id, "sh", "-c", "touch /home/user/app/written && touch ~/written");
    assertThat(session.exec(id, "sh", "-c", "echo $HOME"))
        .isEqualTo("/home/user");
  }

  @Test
  void cloudRunImageListensOnPort() throws Exception {
    Path dir = init("e2e-stdlib", "--target", "cloud-run");
    String image = build(dir);
    String id = session.run(image, "--env", "PORT=9090", "--publish", "9090");
    session.awaitHealthy(id); // the health check follows $PORT too
    assertThat(session.get(id, 9090, "/health")).contains("\"status\": \"ok\"");
  }

  @Test
  void port8080TargetIsReadyWithin30Seconds() throws Exception {
    Path dir = init("e2e-pyproject", "--target", "port-8080");
    session.assertKeepsThePort8080Contract(build(dir));
  }

  @Test
  void buildScriptBuildsAndTagsEveryServiceImage() throws Exception {
    Path repo = copy("e2e-multi");
    DockerSession.cli("init", "--air-gapped", "--scripts", repo.toString());
    String registry = "dockwright-e2e-" + session.tag();
    Map<String, String> scriptEnv = new HashMap<>(session.env());
    scriptEnv.put("REGISTRY", registry);
    scriptEnv.put("VERSION", "t1");
    scriptEnv.put("DOCKER", DockerSession.DOCKER);
    session.removeAtClose(registry + "/api:t1");
    session.removeAtClose(registry + "/web:t1");
    DockerSession.command(true, scriptEnv, repo.resolve("build-images.sh").toString(), "--network", "none");
    for (String svc : List.of("api", "web")) {
      String id = session.run(registry + "/" + svc + ":t1");
      session.awaitHealthy(id);
      assertThat(session.inspect(id, "{{.Config.User}}")).isEqualTo("10001");
    }
  }

  // ------------------------------------------------------------------------------- helpers

  private Path init(String fixture, String... flags) throws IOException {
    Path dir = copy(fixture);
    List<String> args = new ArrayList<>(List.of("init", "--air-gapped"));
    args.addAll(List.of(flags));
    args.add(dir.toString());
    DockerSession.cli(args.toArray(String[]::new));
    return dir;
  }

  private String build(Path dir) {
    return session.build(dir, "dockwright-e2e-" + dir.getFileName());
  }

  private Path copy(String fixture) throws IOException {
    return FixtureProjects.copy(fixture, tmp);
  }
}
