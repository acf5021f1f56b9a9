package dev.dockwright.engine.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.dockerjava.api.command.InspectImageResponse;
import dev.dockwright.engine.Engine;
import dev.dockwright.engine.EngineKind;
import dev.dockwright.io.UserException;
import dev.dockwright.testing.Images;
import dev.dockwright.testing.RequiresEngine;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Real builds on the real engines, through each build path. */
@RequiresEngine
class ImageBuilderEngineTest {
  private static final Path PROJECT = Images.serviceProject();
  private final List<BuildEvent> events = new ArrayList<>();

  private static BuildRequest request(String dockerfile) {
    return BuildRequest.of(PROJECT).withDockerfile(PROJECT.resolve(dockerfile));
  }

  @Test
  void buildkitBuildsTheGoodImageAndReportsItsSteps(Engine engine) {
    BuildResult r = new ImageBuilder(engine).build(request("Dockerfile").withTags(List.of("dockwright-test/good:buildkit")), events::add);

    assertThat(r.path()).isEqualTo(BuildPath.BUILDKIT);
    assertThat(r.failure()).isEmpty();
    assertThat(r.imageId()).hasValueSatisfying(id -> assertThat(id).startsWith("sha256:"));
    InspectImageResponse image = engine.api().inspectImageCmd("dockwright-test/good:buildkit").exec();
    assertThat(image.getId()).isEqualTo(r.imageId().get());
    assertThat(image.getConfig().getUser()).isEqualTo("app");
    assertThat(r.steps()).anySatisfy(s -> {
      assertThat(s.name()).endsWith("RUN pip install --no-cache-dir .");
      assertThat(s.instruction()).hasValueSatisfying(i -> assertThat(i.line()).isEqualTo(9));
    });
    assertThat(events.get(0)).isInstanceOfSatisfying(BuildEvent.Started.class,
        s -> assertThat(s.reason()).contains("BuildKit"));

    // Unchanged sources: every instruction step comes from the cache.
    BuildResult again = new ImageBuilder(engine).build(request("Dockerfile"), e -> { });
    assertThat(again.imageId()).isEqualTo(r.imageId());
    assertThat(again.steps()).filteredOn(s -> s.instruction().isPresent() && !s.name().contains("FROM"))
        .isNotEmpty().allSatisfy(s -> assertThat(s.status()).isEqualTo(BuildStep.Status.CACHED));
  }

  @Test
  void buildArgsTargetAndCacheMountsGoThroughBuildkit(Engine engine) {
    BuildResult r = new ImageBuilder(engine).build(request("cache-mount.Dockerfile")
        .withBuildArgs(Map.of("GREETING", "hello")).withPlatform(Optional.of("linux/amd64")), events::add);
    assertThat(r.succeeded()).isTrue();
    assertThat(engine.api().inspectImageCmd(r.imageRef()).exec().getConfig().getLabels())
        .containsEntry("fixture.greeting", "hello");

    BuildResult builder = new ImageBuilder(engine).build(request("cache-mount.Dockerfile")
        .withTarget(Optional.of("builder")), events::add);
    assertThat(engine.api().inspectImageCmd(builder.imageRef()).exec().getConfig().getWorkingDir()).isEqualTo("/src");
  }

  @Test
  void aFailedStepIsReportedAtItsDockerfileLineOnEveryPath(Engine engine) {
    for (BuildRequest.Builder path : List.of(BuildRequest.Builder.BUILDKIT, BuildRequest.Builder.API)) {
      BuildResult r = new ImageBuilder(engine).build(request("failing.Dockerfile").withBuilder(path), events::add);
      assertThat(r.succeeded()).as(path.name()).isFalse();
      BuildFailure f = r.failure().orElseThrow();
      assertThat(f.location()).as(path.name()).endsWith("failing.Dockerfile:6");
      assertThat(f.output()).as(path.name()).contains("about to fail");
      assertThat(f.message()).as(path.name()).contains("exit").contains("3");
    }
  }

  @Test
  void theApiBuilderRefusesBuildkitOnlyDockerfilesWithTheirLines(Engine engine) {
    assertThatThrownBy(() -> new ImageBuilder(engine).build(
        request("cache-mount.Dockerfile").withBuilder(BuildRequest.Builder.API), events::add))
        .isInstanceOf(UserException.class)
        .hasMessageEndingWith("cache-mount.Dockerfile:8: RUN --mount is BuildKit-only");
  }

  @Test
  void theApiBuilderBuildsAClassicDockerfile(Engine engine) {
    BuildResult r = new ImageBuilder(engine).build(request("Dockerfile").withBuilder(BuildRequest.Builder.API)
        .withTags(List.of("dockwright-test/good:api")), events::add);
    assertThat(r.path()).isEqualTo(BuildPath.ENGINE_API);
    assertThat(r.succeeded()).isTrue();
    assertThat(engine.api().inspectImageCmd("dockwright-test/good:api").exec().getConfig().getHealthcheck().getTest())
        .contains("python");
    // Legacy steps count every instruction: step 7 of 16 is the pip install on line 9.
    assertThat(r.steps()).anySatisfy(s -> {
      assertThat(s.name()).startsWith("Step 7/16 : RUN pip install");
      assertThat(s.instruction()).hasValueSatisfying(i -> assertThat(i.line()).isEqualTo(9));
    });
  }

  @Test
  @RequiresEngine(EngineKind.PODMAN)
  void podmanBuildsWithItsCliAndKeepsTheHealthcheck(Engine engine) throws InterruptedException {
    BuildResult r = new ImageBuilder(engine).build(request("Dockerfile").withTags(List.of("dockwright-test/good:podman")), events::add);
    assertThat(r.path()).isEqualTo(BuildPath.PODMAN);
    assertThat(r.succeeded()).isTrue();
    // Through Podman's Docker-compatible API: the image is there and the HEALTHCHECK was kept
    // (docker format). Podman 4.3's image inspect leaves it out; a container's config has it.
    InspectImageResponse image = engine.api().inspectImageCmd("localhost/dockwright-test/good:podman").exec();
    assertThat(image.getConfig().getUser()).isEqualTo("app");
    String id = engine.api().createContainerCmd("localhost/dockwright-test/good:podman").exec().getId();
    try {
      assertThat(engine.api().inspectContainerCmd(id).exec().getConfig().getHealthcheck().getTest())
          .contains("python");
    } finally {
      engine.api().removeContainerCmd(id).withForce(true).exec();
    }
    assertThat(Images.run(engine, "localhost/dockwright-test/good:podman", "id", "-u").strip()).isEqualTo("1000");

    BuildResult failed = new ImageBuilder(engine).build(request("failing.Dockerfile"), events::add);
    assertThat(failed.failure().orElseThrow().location()).endsWith("failing.Dockerfile:6");
  }

  @Test
  @RequiresEngine(EngineKind.PODMAN)
  void podmansApiBuilderWorksThroughDockerJava(Engine engine) {
    BuildResult r = new ImageBuilder(engine).build(request("Dockerfile").withBuilder(BuildRequest.Builder.API), events::add);
    assertThat(r.path()).isEqualTo(BuildPath.ENGINE_API);
    assertThat(r.succeeded()).as(String.valueOf(r.failure())).isTrue();
  }
}
