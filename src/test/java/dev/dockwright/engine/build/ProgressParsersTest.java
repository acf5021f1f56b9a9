package dev.dockwright.engine.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The parsers against output recorded from Docker 20.10 (BuildKit and classic) and Podman 4.3. */
class ProgressParsersTest {
  private final List<BuildEvent> events = new ArrayList<>();
  /** A clock that moves 100 ms per reading, so measured durations are predictable. */
  private final AtomicLong clock = new AtomicLong();

  private static String resource(String name) throws IOException {
    try (InputStream in = ProgressParsersTest.class.getResourceAsStream("/build-output/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private DockerfileOutline outline(String name) throws IOException {
    return DockerfileOutline.parse(resource(name));
  }

  private <P extends ProgressParser> P feed(P parser, String output) {
    output.lines().forEach(parser::line);
    return parser;
  }

  private long time() {
    return clock.addAndGet(100_000_000L);
  }

  @Test
  void buildkitFailureMapsToTheRunLine() throws IOException {
    BuildkitProgressParser p = feed(new BuildkitProgressParser(outline("multistage.Dockerfile"), events::add, this::time),
        resource("buildkit-20.10-failure.txt"));
    BuildFailure f = p.failure(1, "Dockerfile").orElseThrow();
    assertThat(f.location()).isEqualTo("Dockerfile:11");
    assertThat(f.step()).hasValue("[stage-1 3/3] RUN echo \"step\" && exit 3");
    assertThat(f.output()).containsExactly("step");
    assertThat(f.message()).isEqualTo("executor failed running [/bin/sh -c echo \"step\" && exit 3]: exit code: 3");
    // Recorded on a second run: the builder stage came from cache; BuildKit printed the FROM it
    // shares between both stages without a stage label.
    assertThat(p.steps()).filteredOn(s -> !s.name().startsWith("[internal]"))
        .extracting(BuildStep::name, BuildStep::status, s -> s.instruction().map(DockerfileOutline.Instruction::line).orElse(-1))
        .containsExactly(
            tuple("[1/4] FROM docker.io/library/python:3.11-slim", BuildStep.Status.CACHED, 2),
            tuple("[builder 3/4] RUN echo hello && sleep 1", BuildStep.Status.CACHED, 5),
            tuple("[builder 4/4] COPY Dockerfile .", BuildStep.Status.CACHED, 6),
            tuple("[builder 2/4] WORKDIR /src", BuildStep.Status.CACHED, 4),
            tuple("[stage-1 2/3] COPY --from=builder /src/Dockerfile /x", BuildStep.Status.CACHED, 10),
            tuple("[stage-1 3/3] RUN echo \"step\" && exit 3", BuildStep.Status.FAILED, 11));
  }

  @Test
  void buildkitSuccessHasCachedStepsAndNoFailure() throws IOException {
    BuildkitProgressParser p = feed(new BuildkitProgressParser(outline("multistage-ok.Dockerfile"), events::add, this::time),
        resource("buildkit-20.10-success.txt"));
    assertThat(p.failure(0, "Dockerfile")).isEmpty();
    assertThat(p.steps()).filteredOn(s -> s.name().startsWith("[builder 3/4]"))
        .extracting(BuildStep::status, BuildStep::duration)
        .containsExactly(tuple(BuildStep.Status.DONE, Duration.ofMillis(1200)));
    assertThat(p.steps()).filteredOn(s -> s.name().startsWith("[builder 2/4]"))
        .extracting(BuildStep::status).containsExactly(BuildStep.Status.CACHED);
    assertThat(p.steps()).noneMatch(s -> s.status() == BuildStep.Status.RUNNING || s.status() == BuildStep.Status.FAILED);
  }

  @Test
  void newerBuildkitSummaryWithSourceExcerpt() throws IOException {
    String out = """
        #9 [stage-1 3/3] RUN echo "step" && exit 3
        #9 0.180 step
        #9 ERROR: process "/bin/sh -c echo \\"step\\" && exit 3" did not complete successfully: exit code: 3
        ------
         > [stage-1 3/3] RUN echo "step" && exit 3:
        0.180 step
        ------
        Dockerfile:11
        --------------------
          10 |     COPY --from=builder /src/Dockerfile /x
          11 | >>> RUN echo "step" && exit 3
          12 |     CMD ["python3"]
        --------------------
        ERROR: failed to solve: process "/bin/sh -c echo \\"step\\" && exit 3" did not complete successfully: exit code: 3
        """;
    BuildkitProgressParser p = feed(new BuildkitProgressParser(outline("multistage.Dockerfile"), events::add, this::time), out);
    BuildFailure f = p.failure(1, "Dockerfile").orElseThrow();
    assertThat(f.location()).isEqualTo("Dockerfile:11");
    assertThat(f.message()).startsWith("failed to solve: process ");
  }

  @Test
  void aParseErrorFromAnOldFrontendPointsAtTheHeredocInstruction() {
    DockerfileOutline o = DockerfileOutline.parse("FROM python:3.11-slim\nRUN <<EOF\necho hi\nEOF\n");
    String out = """
        #2 [internal] load .dockerignore
        #2 DONE 0.0s
        failed to solve with frontend dockerfile.v0: failed to create LLB definition: dockerfile parse error line 3: unknown instruction: ECHO
        """;
    BuildFailure f = feed(new BuildkitProgressParser(o, events::add, this::time), out).failure(1, "Dockerfile").orElseThrow();
    assertThat(f.location()).isEqualTo("Dockerfile:2");
    assertThat(f.hint()).contains("heredocs");
  }

  @Test
  void aMissingBaseImagePointsAtItsFrom() {
    DockerfileOutline o = DockerfileOutline.parse("FROM python:3.12-slim\nRUN true\n");
    String out = """
        #3 [internal] load metadata for docker.io/library/python:3.12-slim
        #3 ERROR: pull access denied, repository does not exist or may require authorization
        ------
         > [internal] load metadata for docker.io/library/python:3.12-slim:
        ------
        failed to solve with frontend dockerfile.v0: failed to create LLB definition: pull access denied
        """;
    BuildFailure f = feed(new BuildkitProgressParser(o, events::add, this::time), out).failure(1, "Dockerfile").orElseThrow();
    assertThat(f.location()).isEqualTo("Dockerfile:1");
    assertThat(f.hint()).contains("no registry is reachable");
  }

  @Test
  void podmanStepsAreCountedPerStage() throws IOException {
    PodmanProgressParser p = feed(new PodmanProgressParser(outline("multistage.Dockerfile"), events::add, this::time),
        resource("podman-4.3-failure.txt"));
    BuildFailure f = p.failure(125, "Dockerfile").orElseThrow();
    assertThat(f.location()).isEqualTo("Dockerfile:11");
    assertThat(f.output()).containsExactly("step");
    assertThat(f.message()).isEqualTo("building at STEP \"RUN echo \"step\" && exit 3\": while running runtime: exit status 3");
    assertThat(p.steps()).extracting(s -> s.instruction().map(DockerfileOutline.Instruction::keyword).orElse("?"))
        .containsExactly("FROM", "ENV", "WORKDIR", "RUN", "COPY", "FROM", "LABEL", "COPY", "RUN");
  }

  @Test
  void podmanSuccessReportsCacheAndImageId() throws IOException {
    PodmanProgressParser p = feed(new PodmanProgressParser(outline("multistage-ok.Dockerfile"), events::add, this::time),
        resource("podman-4.3-success.txt"));
    assertThat(p.failure(0, "Dockerfile")).isEmpty();
    assertThat(p.imageId()).hasValueSatisfying(id -> assertThat(id).startsWith("sha256:c25d0f59114"));
    assertThat(p.steps()).extracting(BuildStep::status).containsExactly(
        BuildStep.Status.DONE, BuildStep.Status.CACHED, BuildStep.Status.CACHED, BuildStep.Status.CACHED,
        BuildStep.Status.DONE, BuildStep.Status.DONE, BuildStep.Status.CACHED, BuildStep.Status.DONE,
        BuildStep.Status.DONE, BuildStep.Status.DONE);
    assertThat(p.steps().get(0).duration()).isPositive();
  }

  @Test
  void legacyStepsCountEveryInstruction() throws IOException {
    LegacyProgressParser p = feed(new LegacyProgressParser(outline("multistage.Dockerfile"), events::add, this::time),
        resource("legacy-20.10-failure.txt").lines()
            .filter(l -> !l.startsWith("The command")).reduce("", (a, b) -> a + b + "\n"));
    p.error("The command '/bin/sh -c echo \"step\" && exit 3' returned a non-zero code: 3");
    BuildFailure f = p.failure(1, "Dockerfile").orElseThrow();
    assertThat(f.location()).isEqualTo("Dockerfile:11");
    assertThat(f.step()).hasValue("Step 10/11 : RUN echo \"step\" && exit 3");
    assertThat(f.output()).containsExactly("step");
  }

  @Test
  void everyStepStartsAndFinishesOnceInTheEventStream() throws IOException {
    feed(new BuildkitProgressParser(outline("multistage-ok.Dockerfile"), events::add, this::time),
        resource("buildkit-20.10-success.txt"));
    long started = events.stream().filter(e -> e instanceof BuildEvent.StepStarted).count();
    long finished = events.stream().filter(e -> e instanceof BuildEvent.StepFinished).count();
    assertThat(started).isEqualTo(finished).isGreaterThan(5);
  }
}
