package dev.dockwright.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.api.model.Container;
import dev.dockwright.engine.Engine;
import dev.dockwright.engine.EngineKind;
import dev.dockwright.testing.Fixtures;
import dev.dockwright.testing.Images;
import dev.dockwright.testing.RequiresEngine;
import dev.dockwright.verify.runtime.VerifyResources;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * {@code dockwright verify} end to end on the real engine: the good fixture passes every check
 * with measured values; each bad fixture fails exactly the checks it should; nothing verify made
 * is left behind, whatever the outcome.
 */
@RequiresEngine
class VerifyCommandEngineTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String[] COMMON = {"--max-size", "500MB", "--ready-within", "30s", "--probe", "/health",
      "--concurrency", "4", "--stop-within", "10s", "--format", "json"};

  /** verify IMAGE with the common flags; a flag in {@code more} replaces the common one. */
  private static String[] args(String image, String... more) {
    List<String> a = new ArrayList<>(List.of("verify", image));
    List<String> given = List.of(more);
    for (int i = 0; i < COMMON.length; i += 2) {
      if (!given.contains(COMMON[i])) {
        a.add(COMMON[i]);
        a.add(COMMON[i + 1]);
      }
    }
    a.addAll(given);
    return a.toArray(String[]::new);
  }

  private static JsonNode json(CliRun run) throws Exception {
    return JSON.readTree(run.out());
  }

  private static List<String> failedIds(JsonNode report) {
    List<String> out = new ArrayList<>();
    report.get("checks").forEach(c -> {
      if (!c.get("status").asText().equals("pass")) {
        out.add(c.get("id").asText());
      }
    });
    return out;
  }

  private static JsonNode check(JsonNode report, String id) {
    for (JsonNode c : report.get("checks")) {
      if (c.get("id").asText().equals(id)) {
        return c;
      }
    }
    throw new AssertionError("no check " + id + " in " + report);
  }

  /** Nothing labelled with this session is left: containers (running or not) and networks. */
  private static void assertCleanedUp(Engine engine, String session) {
    String label = VerifyResources.LABEL + "=" + session;
    List<Container> containers = engine.api().listContainersCmd().withShowAll(true)
        .withLabelFilter(List.of(label)).exec();
    assertThat(containers).as("containers of session " + session).isEmpty();
    assertThat(engine.api().listNetworksCmd().exec()).as("networks of session " + session)
        .noneMatch(n -> session.equals(n.getLabels() == null ? null : n.getLabels().get(VerifyResources.LABEL)));
  }

  @Test
  void theGoodImagePassesEveryCheckWithMeasuredValues(Engine engine) throws Exception {
    CliRun run = CliRun.of(args(Fixtures.image(engine, "good"), "--run-as-uid", "1000", "--writable", "/app/data"));
    assertThat(run.exit()).as(run.toString()).isZero();
    JsonNode r = json(run);
    assertThat(r.get("passed").asBoolean()).isTrue();
    assertThat(failedIds(r)).isEmpty();
    assertThat(r.get("measurements").get("image size").asText()).endsWith("MB");
    assertThat(r.get("measurements").get("time to ready").asText()).matches("\\d+(ms|\\.\\ds|s)");
    assertThat(r.get("measurements").get("stop time").asText()).isNotEmpty();
    assertThat(check(r, "image.size").get("expected").asText()).isEqualTo("≤ 500.0 MB uncompressed");
    assertThat(check(r, "runtime.ready").get("measured").asText()).contains("engine health status");
    assertThat(check(r, "runtime.concurrency").get("measured").asText()).startsWith("4/4 answered 200");
    assertThat(check(r, "runtime.run-as").get("measured").asText()).startsWith("uid=1000(app)");
    assertCleanedUp(engine, run.session());
  }

  @Test
  void anImageRunningAsRootFailsBothUserChecks(Engine engine) throws Exception {
    CliRun run = CliRun.of(args(Fixtures.image(engine, "root")));
    assertThat(run.exit()).as(run.toString()).isEqualTo(1);
    assertThat(failedIds(json(run))).containsExactly("image.user.non-root", "runtime.non-root");
    assertThat(check(json(run), "runtime.non-root").get("measured").asText()).startsWith("uid=0(root)");
    assertCleanedUp(engine, run.session());
  }

  @Test
  void anImageWithoutHealthcheckFailsOnlyThatAndIsProbedForReadiness(Engine engine) throws Exception {
    CliRun run = CliRun.of(args(Fixtures.image(engine, "no-healthcheck")));
    JsonNode r = json(run);
    assertThat(failedIds(r)).containsExactly("image.healthcheck");
    assertThat(check(r, "runtime.ready").get("measured").asText()).contains("no HEALTHCHECK; GET /health answered 200");
  }

  @Test
  void anAppOnTheWrongPortFailsReadinessAndEveryRequestAndShowsItsLogs(Engine engine) throws Exception {
    CliRun run = CliRun.of(args(Fixtures.image(engine, "wrong-port"), "--ready-within", "4s"));
    JsonNode r = json(run);
    assertThat(failedIds(r)).containsExactly("runtime.ready", "runtime.probe", "runtime.concurrency");
    assertThat(r.get("logs").toString()).contains("listening on port 9000");
    // The checklist shows the output too, since a check failed.
    CliRun tty = CliRun.of("verify", Fixtures.image(engine, "wrong-port"), "--ready-within", "3s", "--probe", "/health");
    assertThat(tty.out()).contains("container output (last").contains("| listening on port 9000");
    assertCleanedUp(engine, run.session());
    assertCleanedUp(engine, tty.session());
  }

  @Test
  void aShellFormCmdIgnoringSigtermFailsExecFormAndStopTime(Engine engine) throws Exception {
    CliRun run = CliRun.of(args(Fixtures.image(engine, "shell-cmd"), "--stop-within", "2s"));
    JsonNode r = json(run);
    assertThat(failedIds(r)).containsExactly("image.exec-form", "runtime.stop");
    assertThat(check(r, "runtime.stop").get("measured").asText()).startsWith("killed (SIGKILL)");
    assertThat(check(r, "runtime.stop").get("detail").asText()).contains("did not exit on SIGTERM");
  }

  @Test
  void aSecretInEnvFailsTheSecretChecksWithTheValueRedacted(Engine engine) throws Exception {
    CliRun run = CliRun.of(args(Fixtures.image(engine, "secret-env")));
    assertThat(failedIds(json(run))).containsExactly("image.secrets.env", "image.secrets.history");
    assertThat(run.out()).doesNotContain("wJalrXUtnFEMI").doesNotContain("AKIAIOSFODNN7EXAMPLE");
  }

  @Test
  void anOversizedImageFailsTheSizeBudgetOnly(Engine engine) throws Exception {
    CliRun run = CliRun.of(args(Fixtures.image(engine, "good"), "--max-size", "100MB"));
    JsonNode r = json(run);
    assertThat(failedIds(r)).containsExactly("image.size");
    assertThat(check(r, "image.size").get("detail").asText()).contains("over budget");
  }

  @Test
  void buildThenVerifyInOneCommandWithEveryReportFormat(Engine engine, @TempDir Path tmp) throws Exception {
    Path project = Images.serviceProject();
    CliRun md = CliRun.of("verify", "--build", project.toString(), "--probe", "/health", "--format", "markdown");
    assertThat(md.exit()).as(md.toString()).isZero();
    assertThat(md.out()).startsWith("## dockwright verify: passed").contains("| ✅ | build | built in ");
    assertThat(md.err()).contains("build: BuildKit");

    Path junit = tmp.resolve("report.xml");
    CliRun xml = CliRun.of("verify", "--build", project.toString(), "-f", project.resolve("root.Dockerfile").toString(),
        "--format", "junit", "-o", junit.toString());
    assertThat(xml.exit()).isEqualTo(1);
    Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(Files.readAllBytes(junit)));
    assertThat(doc.getDocumentElement().getAttribute("failures")).isEqualTo("2");
    assertThat(doc.getElementsByTagName("failure").item(0).getAttributes().getNamedItem("type").getNodeValue())
        .isEqualTo("image.user.non-root");

    CliRun again = CliRun.of("verify", "--build", project.toString(), "--format", "junit", "-o", junit.toString());
    assertThat(again.exit()).isEqualTo(2);
    assertThat(again.err()).contains("exists; use --force");
  }

  @Test
  void aFailedBuildIsAFailedCheckWithItsLine(Engine engine) throws Exception {
    Path project = Images.serviceProject();
    CliRun run = CliRun.of("verify", "--build", project.toString(), "-f", project.resolve("failing.Dockerfile").toString(),
        "--format", "json");
    assertThat(run.exit()).isEqualTo(1);
    JsonNode build = check(json(run), "build");
    assertThat(build.get("status").asText()).isEqualTo("fail");
    assertThat(build.get("detail").asText()).contains("failing.Dockerfile:6: ");
    assertThat(json(run).get("logs").toString()).contains("about to fail");
  }

  @Test
  void aTimeoutStillRemovesEverything(Engine engine) throws Exception {
    CliRun run = CliRun.of("verify", Fixtures.image(engine, "wrong-port"), "--ready-within", "2s", "--format", "json");
    assertThat(failedIds(json(run))).contains("runtime.ready");
    assertThat(check(json(run), "runtime.ready").get("detail").asText()).startsWith("not ready within 2s");
    assertCleanedUp(engine, run.session());
  }

  @Test
  void ctrlCRemovesTheContainerAndNetwork(Engine engine) throws Exception {
    String image = Fixtures.image(engine, "wrong-port");
    // The CLI in its own JVM, waiting (up to 60 s) for a container that never gets ready.
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
        "dev.dockwright.cli.Main", "verify", image, "--ready-within", "60s")
        .redirectErrorStream(true).start();
    StringBuilder out = new StringBuilder();
    Thread reader = new Thread(() -> {
      try {
        out.append(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
      } catch (java.io.IOException ignored) {
        // the process is gone
      }
    });
    reader.start();
    String label = null;
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      List<Container> running = engine.api().listContainersCmd().withShowAll(true)
          .withLabelFilter(List.of(VerifyResources.LABEL)).withAncestorFilter(List.of(image)).exec();
      if (!running.isEmpty()) {
        label = running.get(0).getLabels().get(VerifyResources.LABEL);
        break;
      }
      Thread.sleep(100);
    }
    assertThat(label).as("a verify container appeared").isNotNull();
    new ProcessBuilder("kill", "-INT", String.valueOf(p.pid())).start().waitFor();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    reader.join(10_000);
    assertThat(p.exitValue()).as(out.toString()).isNotZero();
    assertCleanedUp(engine, label);
  }

  @Test
  void noEngineIsOneLineAndExitCode2() {
    CliRun run = CliRun.of("verify", "some/image", "--host", "unix:///nonexistent.sock");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err().strip()).isEqualTo("dockwright: cannot reach Docker at unix:///nonexistent.sock: no socket at"
        + " /nonexistent.sock (is dockerd running?)");
  }

  @Test
  void aMissingImageIsAnEngineError(Engine engine) {
    CliRun run = CliRun.of("verify", "dockwright-test/does-not-exist:nope");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("no image 'dockwright-test/does-not-exist:nope' in Docker");
  }

  @Test
  @RequiresEngine(EngineKind.PODMAN)
  void theGoodImagePassesOnPodman(Engine engine) throws Exception {
    CliRun run = CliRun.of(args(Fixtures.image(engine, "good"), "--engine", "podman", "--run-as-uid", "1000"));
    assertThat(run.exit()).as(run.toString()).isZero();
    assertThat(json(run).get("engine").asText()).startsWith("Podman ");
    assertCleanedUp(engine, run.session());
  }

  @Test
  void aSpecFileDrivesTheChecksAndFlagsOverrideIt(Engine engine, @TempDir Path dir) throws Exception {
    Path cst = Path.of("src/test/resources/cst/service-cst.yaml").toAbsolutePath();
    Path specFile = dir.resolve("dockwright-verify.yaml");
    Files.writeString(specFile, """
        image:
          size: 400MB
          user: "1000"
          ports: [8000]
          env:
            present: [PYTHONUNBUFFERED]
        runtime:
          healthyWithin: 20s
          probes:
            - path: /health
              bodyContains: ok
              json: {"$.status": ok, "$.checks[0].ok": true}
            - path: /missing
              status: 404
          concurrency: {requests: 3, path: /slow}
          runAs: "1000"
          writable: [/app/data]
          stopWithin: 5s
        structureTests: [%s]
        """.formatted(cst));
    CliRun run = CliRun.of("verify", Fixtures.image(engine, "good"), "--spec", specFile.toString(),
        "--stop-within", "8s", "--format", "json");
    assertThat(run.exit()).as(run.toString()).isZero();
    JsonNode r = json(run);
    assertThat(check(r, "runtime.stop").get("expected").asText()).startsWith("≤ 8s");
    assertThat(check(r, "runtime.concurrency").get("title").asText()).isEqualTo("3 concurrent GET /slow");
    List<String> ids = new ArrayList<>();
    r.get("checks").forEach(c -> ids.add(c.get("id").asText()));
    assertThat(ids).contains("image.size", "image.user", "image.ports", "image.env", "cst.command", "cst.metadata",
        "runtime.probe", "runtime.writable", "runtime.run-as");
    assertThat(ids.stream().filter("cst.command"::equals)).hasSize(5);
    assertThat(run.err()).contains("verify: spec " + specFile);

    Files.writeString(specFile, "runtime:\n  healthyWithin: 30\n");
    CliRun bad = CliRun.of("verify", Fixtures.image(engine, "good"), "--spec", specFile.toString());
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("dockwright-verify.yaml:2:").contains("runtime.healthyWithin");
  }
}
