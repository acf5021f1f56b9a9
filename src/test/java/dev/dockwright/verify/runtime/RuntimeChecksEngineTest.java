package dev.dockwright.verify.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.TextNode;
import dev.dockwright.engine.Engine;
import dev.dockwright.testing.Fixtures;
import dev.dockwright.testing.RequiresEngine;
import dev.dockwright.verify.CheckResult;
import dev.dockwright.verify.spec.JsonPath;
import dev.dockwright.verify.spec.RuntimeSpec;
import dev.dockwright.verify.spec.RuntimeSpec.HttpProbe;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

@RequiresEngine
class RuntimeChecksEngineTest {
  static final HttpProbe HEALTH = new HttpProbe("GET", "/health", 200, Optional.of("ok"),
      Map.of(JsonPath.parse("$.status").orElseThrow(), TextNode.valueOf("ok")), Duration.ofSeconds(5));

  static RuntimeSpec full() {
    return new RuntimeSpec(OptionalInt.empty(), Map.of(), Optional.of(Duration.ofSeconds(30)), List.of(HEALTH),
        Optional.of(new RuntimeSpec.Concurrency(4, "/slow", 200)), true, Optional.of("1000"),
        List.of("/app/data", "/tmp"), false, Optional.of(Duration.ofSeconds(10)));
  }

  private final List<String> progress = new ArrayList<>();

  private RuntimeOutcome run(Engine engine, String fixture, RuntimeSpec spec) throws InterruptedException {
    String image = Fixtures.image(engine, fixture);
    try (VerifyResources resources = new VerifyResources(engine)) {
      return new RuntimeChecks(engine, resources, progress::add).run(image, spec);
    }
  }

  private static CheckResult result(RuntimeOutcome o, String id) {
    return o.results().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no " + id + " in " + o.results()));
  }

  @Test
  void theGoodImagePassesEveryContainerCheck(Engine engine) throws InterruptedException {
    RuntimeOutcome o = run(engine, "good", full());
    assertThat(o.results()).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(CheckResult.Status.PASS));
    assertThat(o.results()).extracting(CheckResult::id).containsExactly("runtime.ready", "runtime.probe",
        "runtime.concurrency", "runtime.non-root", "runtime.run-as", "runtime.writable", "runtime.writable", "runtime.stop");
    assertThat(result(o, "runtime.ready").measured()).contains("engine health status");
    assertThat(result(o, "runtime.non-root").measured()).startsWith("uid=1000(app)");
    assertThat(result(o, "runtime.concurrency").measured()).startsWith("4/4 answered 200");
    assertThat(o.timeToReady()).hasValueSatisfying(d -> assertThat(d).isLessThan(Duration.ofSeconds(30)));
    assertThat(o.stopTime()).hasValueSatisfying(d -> assertThat(d).isLessThan(Duration.ofSeconds(10)));
    assertThat(o.logs()).anySatisfy(l -> assertThat(l).contains("listening on port 8000 as uid 1000"));
  }

  private static RuntimeSpec spec(Duration ready, Optional<String> runAs, List<String> writable, boolean readOnly,
      Duration stop) {
    return new RuntimeSpec(OptionalInt.empty(), Map.of(), Optional.of(ready), List.of(HEALTH),
        Optional.of(new RuntimeSpec.Concurrency(2, "/", 200)), true, runAs, writable, readOnly, Optional.of(stop));
  }

  private static List<String> failedIds(RuntimeOutcome o) {
    return o.results().stream().filter(CheckResult::failed).map(CheckResult::id).toList();
  }

  @Test
  void anImageRunningAsRootFailsOnlyTheUserCheck(Engine engine) throws InterruptedException {
    RuntimeOutcome o = run(engine, "root", spec(Duration.ofSeconds(30), Optional.empty(), List.of("/app/data"), false,
        Duration.ofSeconds(10)));
    assertThat(failedIds(o)).containsExactly("runtime.non-root");
    assertThat(result(o, "runtime.non-root").measured()).startsWith("uid=0(root)");
    assertThat(result(o, "runtime.non-root").detail()).contains("runs as root");
  }

  @Test
  void anAppOnTheWrongPortIsNeverReadyAndAnswersNothing(Engine engine) throws InterruptedException {
    RuntimeOutcome o = run(engine, "wrong-port", spec(Duration.ofSeconds(4), Optional.empty(), List.of("/app/data"), false,
        Duration.ofSeconds(10)));
    assertThat(failedIds(o)).containsExactly("runtime.ready", "runtime.probe", "runtime.concurrency");
    assertThat(result(o, "runtime.ready").detail()).containsAnyOf("health status 'starting'", "unhealthy");
    assertThat(result(o, "runtime.probe").detail()).contains("never got ready");
    // The logs say why: the app announced another port.
    assertThat(o.logs()).anySatisfy(l -> assertThat(l).contains("listening on port 9000"));
  }

  @Test
  void aShellFormCmdThatIgnoresSigtermIsKilled(Engine engine) throws InterruptedException {
    RuntimeOutcome o = run(engine, "shell-cmd", spec(Duration.ofSeconds(30), Optional.empty(), List.of(), false,
        Duration.ofSeconds(2)));
    assertThat(failedIds(o)).containsExactly("runtime.stop");
    CheckResult stop = result(o, "runtime.stop");
    assertThat(stop.measured()).startsWith("killed (SIGKILL) after 2.");
    assertThat(stop.detail()).contains("PID 1 did not exit on SIGTERM");
  }

  @Test
  void withoutHealthcheckReadinessComesFromTheFirstProbe(Engine engine) throws InterruptedException {
    RuntimeOutcome o = run(engine, "no-healthcheck", spec(Duration.ofSeconds(30), Optional.of("1000"), List.of("/app/data"),
        false, Duration.ofSeconds(10)));
    assertThat(failedIds(o)).isEmpty();
    assertThat(result(o, "runtime.ready").title()).isEqualTo("ready within");
    assertThat(result(o, "runtime.ready").measured()).contains("no HEALTHCHECK; GET /health answered 200");
  }

  @Test
  void aReadOnlyRootFilesystemLeavesOnlyTmpWritable(Engine engine) throws InterruptedException {
    RuntimeOutcome o = run(engine, "good", spec(Duration.ofSeconds(30), Optional.empty(), List.of("/app/data", "/tmp"), true,
        Duration.ofSeconds(10)));
    assertThat(failedIds(o)).containsExactly("runtime.writable");
    assertThat(o.results()).filteredOn(r -> r.id().equals("runtime.writable") && r.failed())
        .singleElement().satisfies(r -> {
          assertThat(r.title()).isEqualTo("writable /app/data");
          assertThat(r.detail()).contains("Read-only file system");
        });
    assertThat(result(o, "runtime.read-only").status()).isEqualTo(CheckResult.Status.PASS);
  }

  @Test
  void hfSpacesUidCannotWriteARootOwnedDataDirectory(Engine engine) throws InterruptedException {
    // The root image made /app/data as root: a Space running it as uid 1000 cannot write there.
    RuntimeOutcome o = run(engine, "root", spec(Duration.ofSeconds(30), Optional.of("1000"), List.of("/app/data"), false,
        Duration.ofSeconds(10)));
    assertThat(failedIds(o)).containsExactly("runtime.writable");
    assertThat(result(o, "runtime.writable").detail()).contains("Permission denied");
    assertThat(result(o, "runtime.non-root").measured()).startsWith("uid=1000");
  }

  @Test
  @RequiresEngine(dev.dockwright.engine.EngineKind.PODMAN)
  void theGoodImagePassesOnPodmanToo(Engine engine) throws InterruptedException {
    RuntimeOutcome o = run(engine, "good", full());
    assertThat(o.results()).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(CheckResult.Status.PASS));
    assertThat(result(o, "runtime.ready").measured()).contains("engine health status");
  }
}
