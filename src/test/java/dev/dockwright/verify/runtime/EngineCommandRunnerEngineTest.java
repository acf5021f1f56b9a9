package dev.dockwright.verify.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.dockerjava.api.model.Container;
import dev.dockwright.engine.Engine;
import dev.dockwright.image.Image;
import dev.dockwright.image.ImageSource;
import dev.dockwright.testing.Fixtures;
import dev.dockwright.testing.RequiresEngine;
import dev.dockwright.verify.CheckResult;
import dev.dockwright.verify.cst.CommandRunner;
import dev.dockwright.verify.cst.StructureTest;
import dev.dockwright.verify.cst.StructureTests;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** container-structure-test command tests through containers on the real engine. */
@RequiresEngine
class EngineCommandRunnerEngineTest {
  @Test
  void aCstFileRunsUnchangedAgainstTheGoodImage(Engine engine, @TempDir Path tmp) throws Exception {
    String image = Fixtures.image(engine, "good");
    Path tar = tmp.resolve("image.tar");
    try (InputStream in = engine.api().saveImageCmd(image).exec()) {
      Files.copy(in, tar, StandardCopyOption.REPLACE_EXISTING);
    }
    List<CheckResult> results;
    String session;
    try (VerifyResources resources = new VerifyResources(engine); Image opened = ImageSource.dockerArchive(tar).open()) {
      session = resources.session();
      results = StructureTests.run(Path.of("src/test/resources/cst/service-cst.yaml"), opened,
          Optional.of(new EngineCommandRunner(engine, image, resources)));
    }
    assertThat(results).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(CheckResult.Status.PASS));
    assertThat(results).extracting(CheckResult::title).contains("Command Test: setup changes are seen by the test",
        "File Existence Test: the venv", "Metadata Test");
    List<Container> left = engine.api().listContainersCmd().withShowAll(true)
        .withLabelFilter(List.of(VerifyResources.LABEL + "=" + session)).exec();
    assertThat(left).isEmpty();
    assertThat(engine.api().listImagesCmd().withLabelFilter(Map.of(VerifyResources.LABEL, session)).exec()).isEmpty();
  }

  @Test
  void aCommandThatRunsTooLongIsKilledAndReported(Engine engine) throws Exception {
    String image = Fixtures.image(engine, "good");
    try (VerifyResources resources = new VerifyResources(engine);
        CommandRunner.Session s = new EngineCommandRunner(engine, image, resources).open(Map.of(),
            StructureTest.ContainerRunOptions.NONE)) {
      CommandRunner.Result r = s.run(List.of("sleep", "30"), Map.of(), Duration.ofSeconds(1));
      assertThat(r.timedOut()).isTrue();
      assertThat(r.duration()).isLessThan(Duration.ofSeconds(10));
      CommandRunner.Result ok = s.run(List.of("sh", "-c", "echo out; echo err >&2"), Map.of("X", "1"), Duration.ofSeconds(30));
      assertThat(ok.exitCode()).isZero();
      assertThat(ok.stdout()).isEqualTo("out\n");
      assertThat(ok.stderr()).isEqualTo("err\n");
    }
  }
}
