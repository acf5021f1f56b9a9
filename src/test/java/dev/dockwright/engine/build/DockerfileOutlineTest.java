package dev.dockwright.engine.build;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.groups.Tuple.tuple;

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

  // The cases below are ones the old regex outline got wrong; the lines are what BuildKit reads.

  /** Keyword, first and last line of each instruction. */
  private static java.util.List<org.assertj.core.groups.Tuple> lines(String dockerfile) {
    return DockerfileOutline.parse(dockerfile).instructions().stream()
        .map(x -> tuple(x.keyword(), x.line(), x.endLine())).toList();
  }

  @Test
  void heredocMarkersInsideQuotesOrExecFormOpenNoHeredoc() {
    DockerfileOutline o = DockerfileOutline.parse("""
        FROM python:3.11-slim
        RUN echo "a <<EOF" && true
        RUN ["sh", "-c", "cat <<EOF"]
        RUN false
        EOF
        """);
    assertThat(o.instructions()).extracting(Instruction::keyword, Instruction::line, Instruction::endLine)
        .containsExactly(tuple("FROM", 1, 1), tuple("RUN", 2, 2), tuple("RUN", 3, 3), tuple("RUN", 4, 4),
            tuple("EOF", 5, 5));
    assertThat(o.instructions()).allSatisfy(x -> assertThat(x.heredocs()).isEmpty());
  }

  @Test
  void aHeredocDelimiterIsTheWholeWord() {
    assertThat(lines("""
        FROM python:3.11-slim
        RUN <<END.sh
        END
        END.sh
        RUN 3<<'my-doc' cat <&3
        body
        my-doc
        CMD ["python3"]
        """)).containsExactly(tuple("FROM", 1, 1), tuple("RUN", 2, 4), tuple("RUN", 5, 7), tuple("CMD", 8, 8));
  }

  @Test
  void severalHeredocsOnOneRunAreReadInTurn() {
    DockerfileOutline o = DockerfileOutline.parse("""
        FROM python:3.11-slim
        RUN <<A <<-"B" sh -c 'cat /dev/fd/3'
        a body
        A
        	b body
        	B
        RUN true
        """);
    assertThat(o.instructions()).extracting(Instruction::keyword, Instruction::line, Instruction::endLine)
        .containsExactly(tuple("FROM", 1, 1), tuple("RUN", 2, 6), tuple("RUN", 7, 7));
    assertThat(o.instructions().get(1).heredocs()).containsExactly("A", "B");
    assertThat(o.atLine(5)).hasValueSatisfying(x -> assertThat(x.line()).isEqualTo(2));
  }

  @Test
  void anOnbuildTriggerReadsItsHeredoc() {
    assertThat(lines("""
        FROM python:3.11-slim
        ONBUILD RUN <<EOF
        RUN not an instruction
        EOF
        CMD ["python3"]
        """)).containsExactly(tuple("FROM", 1, 1), tuple("ONBUILD", 2, 4), tuple("CMD", 5, 5));
  }

  @Test
  void anEscapedEscapeAtTheEndDoesNotContinue() {
    assertThat(lines("FROM scratch\nENV P c:\\\\\nRUN true\n"))
        .containsExactly(tuple("FROM", 1, 1), tuple("ENV", 2, 2), tuple("RUN", 3, 3));
    DockerfileOutline o = DockerfileOutline.parse("# escape=`\nFROM scratch\nRUN dir c:\\ ``\nRUN echo `\n  hi\n");
    assertThat(o.instructions()).extracting(Instruction::line, Instruction::endLine)
        .containsExactly(tuple(2, 2), tuple(3, 3), tuple(4, 5));
    assertThat(o.instructions().get(2).text()).isEqualTo("RUN echo   hi");
  }

  @Test
  void onlyTheLeadingBlockOfKnownDirectivesCounts() {
    // "# foo=bar" is no directive, so it ends the block: the escape line after it is a comment.
    DockerfileOutline o = DockerfileOutline.parse("# foo=bar\n# escape=`\nFROM scratch\nRUN echo `\nRUN true\n");
    assertThat(o.escape()).isEqualTo('\\');
    assertThat(o.directive("escape")).isEmpty();
    assertThat(o.instructions()).extracting(Instruction::line).containsExactly(3, 4, 5);
  }

  @Test
  void aByteOrderMarkIsNotPartOfTheFirstLine() {
    DockerfileOutline o = DockerfileOutline.parse("\uFEFF# syntax=docker/dockerfile:1\nFROM scratch\n");
    assertThat(o.directive("syntax")).hasValueSatisfying(d -> {
      assertThat(d.value()).isEqualTo("docker/dockerfile:1");
      assertThat(d.line()).isEqualTo(1);
    });
    assertThat(o.instructions()).extracting(Instruction::keyword, Instruction::line).containsExactly(tuple("FROM", 2));
  }

  @Test
  void keywordsAndStageNamesAreCaseInsensitive() {
    DockerfileOutline o = DockerfileOutline.parse("""
        from --platform=linux/amd64 python:3.11-slim As Builder
        run pip install . \\
          # pinned elsewhere
          && true
        From scratch as final
        copy --from=BUILDER /x /x
        """);
    assertThat(o.instructions()).extracting(Instruction::keyword, Instruction::stageName, Instruction::line, Instruction::endLine)
        .containsExactly(tuple("FROM", "builder", 1, 1), tuple("RUN", "builder", 2, 4),
            tuple("FROM", "final", 5, 5), tuple("COPY", "final", 6, 6));
    assertThat(o.forBuildkitStep("[builder 2/2] RUN pip install .     && true"))
        .hasValueSatisfying(x -> assertThat(x.line()).isEqualTo(2));
    assertThat(DockerfileOutline.fromImage(o.instructions().get(0))).hasValue("python:3.11-slim");
  }

  @Test
  void crlfLineEndingsCountLikeLf() {
    assertThat(lines("FROM scratch\r\nRUN a \\\r\n  b\r\nRUN <<EOF\r\nx\r\nEOF\r\nCMD c\r\n"))
        .containsExactly(tuple("FROM", 1, 1), tuple("RUN", 2, 3), tuple("RUN", 4, 6), tuple("CMD", 7, 7));
  }

  @Test
  void aDockerfileBuildkitRefusesStillGetsAnOutline() {
    // An unknown keyword, a non-string JSON array and an unterminated heredoc are BuildKit errors;
    // the build still runs so the engine reports them, and failures still map to lines.
    DockerfileOutline o = DockerfileOutline.parse("""
        FROM python:3.11-slim AS app
        FORM oops
        CMD ["python3", 1]
        RUN <<EOF
        echo never ends
        """);
    assertThat(o.instructions()).extracting(Instruction::keyword, Instruction::line, Instruction::endLine)
        .containsExactly(tuple("FROM", 1, 1), tuple("FORM", 2, 2), tuple("CMD", 3, 3), tuple("RUN", 4, 5));
    assertThat(o.atLine(2)).hasValueSatisfying(x -> assertThat(x.text()).isEqualTo("FORM oops"));
    assertThat(o.forLegacyStep(4)).hasValueSatisfying(x -> assertThat(x.heredocs()).containsExactly("EOF"));
  }

  @Test
  void anEmptyOrCommentOnlyFileHasAnEmptyOutline() {
    for (String text : new String[] {"", "\n\n", "# syntax=docker/dockerfile:1\n# just a comment\n"}) {
      DockerfileOutline o = DockerfileOutline.parse(text);
      assertThat(o.instructions()).as(text).isEmpty();
      assertThat(o.stageCount()).isZero();
      assertThat(o.forBuildkitStep("[1/1] FROM scratch")).isEmpty();
      assertThat(o.forPodmanStep(1, 1)).isEmpty();
    }
  }
}
