package dev.dockwright.engine.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.engine.build.DockerfileOutline.Instruction;
import org.junit.jupiter.api.Test;

class DockerfileOutlineTest {
  static final String MULTI = """
      # syntax=docker/dockerfile:1
      ARG BASE=python:3.11-slim
      FROM $BASE AS builder
      ENV A=1
      WORKDIR /src
      RUN echo hello \\
        # a comment inside the continuation
        && sleep 1
      COPY Dockerfile .

      FROM python:3.11-slim
      LABEL x=y
      COPY --from=builder /src/Dockerfile /x
      RUN echo "step" && exit 3
      CMD ["python3"]
      """;

  @Test
  void instructionsKeepTheirLinesAcrossContinuationsAndComments() {
    DockerfileOutline o = DockerfileOutline.parse(MULTI);
    assertThat(o.instructions()).extracting(Instruction::keyword).containsExactly(
        "ARG", "FROM", "ENV", "WORKDIR", "RUN", "COPY", "FROM", "LABEL", "COPY", "RUN", "CMD");
    Instruction run = o.instructions().get(4);
    assertThat(run.line()).isEqualTo(6);
    assertThat(run.endLine()).isEqualTo(8);
    assertThat(run.text()).isEqualTo("RUN echo hello   && sleep 1");
    assertThat(o.instructions().get(0).stage()).isEqualTo(-1);
    assertThat(o.instructions().get(9)).extracting(Instruction::stage, Instruction::stageName, Instruction::line)
        .containsExactly(1, "stage-1", 14);
    assertThat(o.directive("syntax")).hasValueSatisfying(d -> assertThat(d.line()).isEqualTo(1));
  }

  @Test
  void buildkitStepsMapToTheirInstruction() {
    // Names as Docker 20.10's BuildKit prints them for MULTI (ENV, LABEL and CMD make no step).
    DockerfileOutline o = DockerfileOutline.parse(MULTI);
    assertThat(o.forBuildkitStep("[builder 3/4] RUN echo hello     && sleep 1"))
        .hasValueSatisfying(x -> assertThat(x.line()).isEqualTo(6));
    assertThat(o.forBuildkitStep("[stage-1 3/3] RUN echo \"step\" && exit 3"))
        .hasValueSatisfying(x -> assertThat(x.line()).isEqualTo(14));
    assertThat(o.forBuildkitStep("[builder 1/4] FROM docker.io/library/python:3.11-slim"))
        .hasValueSatisfying(x -> assertThat(x.line()).isEqualTo(3));
    assertThat(o.forBuildkitStep("[linux/amd64 stage-1 2/3] COPY --from=builder /src/Dockerfile /x"))
        .hasValueSatisfying(x -> assertThat(x.line()).isEqualTo(13));
  }

  @Test
  void aSingleStageBuildHasNoStageLabel() {
    DockerfileOutline o = DockerfileOutline.parse("FROM python:3.11-slim\nENV X=1\nRUN false\n");
    assertThat(o.forBuildkitStep("[2/2] RUN false")).hasValueSatisfying(x -> assertThat(x.line()).isEqualTo(3));
  }

  @Test
  void legacyAndPodmanStepsCountDifferently() {
    DockerfileOutline o = DockerfileOutline.parse(MULTI);
    // "Step 10/11 : RUN echo "step" && exit 3": every instruction counts, the leading ARG too
    assertThat(o.forLegacyStep(10)).hasValueSatisfying(x -> assertThat(x.line()).isEqualTo(14));
    // "[2/2] STEP 4/5: RUN echo "step" && exit 3": per stage, FROM is 1
    assertThat(o.forPodmanStep(2, 4)).hasValueSatisfying(x -> assertThat(x.line()).isEqualTo(14));
    assertThat(o.forPodmanStep(1, 4)).hasValueSatisfying(x -> assertThat(x.line()).isEqualTo(6));
    assertThat(o.forLegacyStep(12)).isEmpty();
  }

  @Test
  void heredocBodiesBelongToTheirInstruction() {
    DockerfileOutline o = DockerfileOutline.parse("""
        FROM python:3.11-slim
        RUN <<EOF
        echo hi
        RUN not an instruction
        EOF
        COPY <<-"CONF" /etc/app.conf
        \tkey=value
        \tCONF
        CMD ["python3"]
        """);
    assertThat(o.instructions()).extracting(Instruction::keyword, Instruction::line, Instruction::endLine)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("FROM", 1, 1),
            org.assertj.core.groups.Tuple.tuple("RUN", 2, 5),
            org.assertj.core.groups.Tuple.tuple("COPY", 6, 8),
            org.assertj.core.groups.Tuple.tuple("CMD", 9, 9));
    assertThat(o.atLine(4)).hasValueSatisfying(x -> assertThat(x.keyword()).isEqualTo("RUN"));
  }

  @Test
  void theEscapeDirectiveChangesTheContinuationCharacter() {
    DockerfileOutline o = DockerfileOutline.parse("# escape=`\nFROM scratch\nCOPY a `\n  b /\nRUN dir c:\\\n");
    assertThat(o.escape()).isEqualTo('`');
    assertThat(o.instructions()).extracting(Instruction::line).containsExactly(2, 3, 5);
  }
}
