package dev.dockwright.rules.buildkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.lint.Finding;
import dev.dockwright.lint.LintOptions;
import dev.dockwright.lint.RuleTester;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UndefinedVarTest {

  private final RuleTester tester = RuleTester.of(new UndefinedVar());

  @Test
  void undefinedVariableInCopyIsReported() {
    List<Finding> findings = tester.check("""
        FROM alpine AS base
        # expect: UndefinedVar
        COPY $foo .
        """);
    assertThat(findings.get(0).message()).isEqualTo("Usage of undefined variable '$foo'");
  }

  @Test
  void declaredArgsEnvAndImageVariablesAreFine() {
    tester.checkClean("""
        FROM python:3.12-slim AS base
        ARG foo
        ARG VERSION=$PYTHON_VERSION
        ENV APP=/app
        COPY $foo ${APP}/
        WORKDIR $APP
        ENV PATH=$PATH:/opt/bin
        """);
  }

  @Test
  void useBeforeTheArgIsReported() {
    tester.check("""
        FROM alpine
        # expect: UndefinedVar
        COPY $foo .
        ARG foo=bar
        COPY $foo .
        """);
  }

  @Test
  void suggestsACloseDefinedName() {
    List<Finding> findings = tester.check("""
        FROM alpine
        ARG DIR_ASSETS=assets/
        # expect: UndefinedVar
        COPY $DIR_ASSET .
        # expect: UndefinedVar
        ENV PATH=$PAHT:/tmp/bin
        """);
    assertThat(findings).extracting(Finding::message).containsExactly(
        "Usage of undefined variable '$DIR_ASSET' (did you mean $DIR_ASSETS?)",
        "Usage of undefined variable '$PAHT' (did you mean $PATH?)");
  }

  @Test
  void shellFormCommandsAndExposeAreNotChecked() {
    tester.checkClean("""
        FROM alpine
        RUN echo $HOME $UNDEFINED
        CMD echo $UNDEFINED
        ENTRYPOINT ["sh", "-c", "echo $UNDEFINED"]
        HEALTHCHECK CMD test -n "$UNDEFINED"
        EXPOSE $PORT
        """);
  }

  @Test
  void argsOfAParentStageAreVisibleInAChildStage() {
    tester.checkClean("""
        FROM alpine AS base
        ARG foo=Dockerfile
        FROM base
        COPY $foo .
        """);
    tester.check("""
        FROM alpine AS base
        ARG foo=Dockerfile
        FROM alpine
        # expect: UndefinedVar
        COPY $foo .
        """);
  }

  @Test
  void globalArgsNeedRedeclaringInTheStage() {
    tester.check("""
        ARG VERSION=1
        FROM alpine
        # expect: UndefinedVar
        LABEL version=$VERSION
        ARG VERSION
        LABEL version=$VERSION
        """);
  }

  @Test
  void otherExpandedInstructionsAreChecked() {
    tester.check("""
        FROM alpine
        # expect: UndefinedVar
        USER $APP_USER
        # expect: UndefinedVar
        VOLUME /data $DATA_DIR
        # expect: UndefinedVar
        STOPSIGNAL $SIG
        # expect: UndefinedVar
        COPY --chown=$OWNER a /a
        # expect: UndefinedVar
        ADD --checksum=$SUM https://example.com/x /x
        # expect: UndefinedVar
        RUN --mount=type=cache,target=$CACHE_DIR true
        # expect: UndefinedVar
        ARG B=$NOPE
        """);
  }

  @Test
  void aBuildArgumentReplacesTheDefaultSoItIsNotExpanded() {
    tester.options(new LintOptions(Optional.empty(), Optional.empty(), Map.of("B", "x")))
        .checkClean("""
            FROM alpine
            ARG B=$NOPE
            """);
  }

  @Test
  void copyHeredocContentIsCheckedUnlessItsDelimiterIsQuoted() {
    tester.check("""
        FROM alpine
        # expect: UndefinedVar
        COPY <<EOF /etc/app.conf
        home=$APP_HOME
        EOF
        COPY <<'EOF' /etc/other.conf
        home=$APP_HOME
        EOF
        """);
  }

  @Test
  void defaultsAndModifiersStillLookTheNameUp() {
    tester.check("""
        FROM alpine
        # expect: UndefinedVar
        ENV A=${MISSING:-fallback}
        ENV B=${A}
        """);
  }

  @Test
  void onAnUnknownBaseImageOnlyLikelyTyposAreReported() {
    tester.check("""
        FROM jupyter/base-notebook
        ENV APP_HOME=/srv
        COPY --chown=$NB_UID:$NB_GID app $HOME/
        ENV LD_LIBRARY_PATH=/opt/lib:$LD_LIBRARY_PATH
        # expect: UndefinedVar "did you mean $APP_HOME"
        COPY app $APP_HOM/
        """);
    // a known base image has no such variables: BuildKit would report them all
    tester.check("""
        FROM ubuntu:24.04
        # expect: UndefinedVar
        ENV LD_LIBRARY_PATH=/opt/lib:$LD_LIBRARY_PATH
        """);
  }

  @Test
  void eachWordReportsItsOwnUse() {
    assertThat(tester.lint("FROM alpine\nCOPY $x $x /dst/\n").findings()).hasSize(2);
  }
}
