package dev.dockwright.convert;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.testing.DockerSession;
import dev.dockwright.testing.RequiresEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
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

  @TempDir Path tmp;
  @RegisterExtension final DockerSession session = new DockerSession();

  @Test
  void foldedMultiStageBuildRunsFromItsVirtualenvAsBefore() throws Exception {
    Path dir = convert("multi.Dockerfile", "--to", "single-stage");
    String dockerfile = Files.readString(dir.resolve("Dockerfile"));
    assertThat(dockerfile).doesNotContain("AS builder").doesNotContain("COPY --from");
    String id = session.run(build(dir));
    session.awaitHealthy(id);
    assertThat(session.get(id, 8000, "/health")).contains("\"uid\": 10001");
    assertThat(session.exec(id, "sh", "-c", "command -v convert-e2e")).isEqualTo("/opt/venv/bin/convert-e2e");
    // The build stage's ENV stayed in its RUNs: the image config is the final stage's.
    assertThat(session.inspect(id, "{{json .Config.Env}}")).doesNotContain("PIP_NO_CACHE_DIR");
  }

  @Test
  void splitSingleStageBuildRunsAsNonRootFromTheCopiedVirtualenv() throws Exception {
    Path dir = convert("single.Dockerfile", "--to", "multi-stage");
    assertThat(Files.readString(dir.resolve("Dockerfile"))).contains("AS builder")
        .contains("COPY --from=builder /venv /venv");
    String image = build(dir);
    String id = session.run(image);
    session.awaitHealthy(id);
    assertThat(session.inspect(id, "{{.Config.User}}")).isEqualTo("10001");
    assertThat(session.get(id, 8000, "/health")).contains("\"uid\": 10001");
    assertThat(session.exec(id, "sh", "-c", "command -v convert-e2e")).isEqualTo("/venv/bin/convert-e2e");
    // pip ran in the builder only: no layer of the image comes from it.
    assertThat(session.docker(true, "history", "--no-trunc", image)).doesNotContain("pip install")
        .contains("COPY /venv /venv");
  }

  @Test
  void spacesImageRunsAsUid1000OnPort7860WithAWritableAppDirectory() throws Exception {
    Path dir = convert("single.Dockerfile", "--to", "multi-stage", "--target", "hf-spaces");
    String id = session.run(build(dir), "--user", "1000");
    session.awaitHealthy(id);
    assertThat(session.get(id, 7860, "/health")).contains("\"uid\": 1000");
    session.exec(id, "sh", "-c", "touch /app/written && touch \"$HOME\"/written");
    assertThat(session.exec(id, "sh", "-c", "echo $HOME")).isEqualTo("/home/user");
  }

  @Test
  void cloudRunImageListensOnPortAndTheServerIsPid1() throws Exception {
    Path dir = convert("multi.Dockerfile", "--target", "cloud-run");
    String id = session.run(build(dir), "--env", "PORT=9090", "--publish", "9090");
    session.awaitHealthy(id); // the health check follows $PORT too
    String health = session.get(id, 9090, "/health");
    assertThat(health).contains("\"pid\": 1"); // sh -c 'exec ...' left the server as PID 1
    long start = System.nanoTime();
    session.docker(true, "stop", "--time", "20", id);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
  }

  @Test
  void port8080ImageIsHealthyWithin30Seconds() throws Exception {
    Path dir = convert("single.Dockerfile", "--target", "port-8080");
    session.assertKeepsThePort8080Contract(build(dir));
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
    DockerSession.cli(args.toArray(String[]::new));
    return dir;
  }

  private String build(Path dir) {
    return session.build(dir, "dockwright-convert-e2e");
  }
}
