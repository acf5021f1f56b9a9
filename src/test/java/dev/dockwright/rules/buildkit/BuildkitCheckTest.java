package dev.dockwright.rules.buildkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.lint.CheckOptions;
import dev.dockwright.lint.Finding;
import dev.dockwright.lint.LintOptions;
import dev.dockwright.lint.SourceFile;
import dev.dockwright.syntax.DockerfileParser;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BuildkitCheckTest {

  private static BuildkitCheck.Result check(String dockerfile) {
    return check(dockerfile, LintOptions.DEFAULT);
  }

  private static BuildkitCheck.Result check(String dockerfile, LintOptions options) {
    SourceFile file = SourceFile.of("Dockerfile", dockerfile);
    return BuildkitCheck.run(file, DockerfileParser.parse(file.name(), dockerfile), options);
  }

  private static String rules(BuildkitCheck.Result result) {
    return String.join(",", result.warnings().stream().map(Finding::code).toList());
  }

  @Test
  void cleanFileHasNoWarningAndNoError() {
    BuildkitCheck.Result r = check("FROM alpine\nCMD [\"sh\"]\n");
    assertThat(r.warnings()).isEmpty();
    assertThat(r.error()).isEmpty();
  }

  @Test
  void errorTrueTurnsWarningsIntoALintViolation() {
    BuildkitCheck.Result r = check("""
        # check=error=true
        FROM alpine as base
        MAINTAINER me
        """);
    assertThat(rules(r)).isEqualTo("FromAsCasing,MaintainerDeprecated");
    assertThat(r.error()).contains(
        "lint violation found for rules: FromAsCasing, MaintainerDeprecated");
    assertThat(check("# check=error=true;skip=FromAsCasing\nFROM alpine as base\n").error())
        .isEmpty();
  }

  @Test
  void theBuildArgumentReplacesTheDirective() throws Exception {
    LintOptions override = new LintOptions(
        Optional.of(CheckOptions.parse("skip=ConsistentInstructionCasing;error=true")),
        Optional.empty(), Map.of());
    BuildkitCheck.Result r = check("#check=skip=all\nFROM scratch as base\ncopy Dockerfile .\n",
        override);
    assertThat(rules(r)).isEqualTo("FromAsCasing");
    assertThat(r.error()).contains("lint violation found for rules: FromAsCasing");
  }

  @Test
  void unknownInstructionKeepsOnlyTheWarningsFoundBeforeIt() {
    BuildkitCheck.Result r = check("""
        FROM scratch AS BadStageName
        MAINTAINER me@example.org
        BADCMD
        MAINTAINER again
        run true
        """);
    assertThat(r.warnings()).extracting(Finding::line).containsExactly(1, 2);
    assertThat(r.error()).contains("dockerfile parse error on line 3: unknown instruction: BADCMD");
  }

  @Test
  void unknownInstructionAndFlagGetSuggestions() {
    assertThat(check("FROM alpine\nRUNN true\n").error())
        .contains("dockerfile parse error on line 2: unknown instruction: RUNN (did you mean RUN?)");
    assertThat(check("FROM alpine\ncopyy a b\n").error())
        .contains("dockerfile parse error on line 2: unknown instruction: copyy (did you mean"
            + " copy?)");
    assertThat(check("FROM alpine\nCOPY --chwon=app a /b\n").error())
        .contains("dockerfile parse error on line 2: unknown flag: --chwon (did you mean chown?)");
    assertThat(check("FROM alpine\nCOPY --link=maybe a /b\n").error())
        .contains("dockerfile parse error on line 2: expecting boolean value for flag --link, not:"
            + " maybe");
    assertThat(check("FROM alpine\nWORKDIR --x=1 /a\n").error())
        .contains("dockerfile parse error on line 2: unknown flag: --x");
  }

  @Test
  void instructionErrors() {
    assertThat(check("RUN true\nFROM alpine\n").error())
        .contains("no build stage in current context");
    assertThat(check("FROM alpine base\n").error())
        .contains("dockerfile parse error on line 1: FROM requires either one or three arguments");
    assertThat(check("FROM alpine AS 1st\n").error()).contains("dockerfile parse error on line 1:"
        + " invalid name for build stage: \"1st\", name can't start with a number or contain"
        + " symbols");
    assertThat(check("FROM alpine\nCOPY app.py\n").error()).contains("dockerfile parse error on"
        + " line 2: COPY requires at least two arguments, but only one was provided. Destination"
        + " could not be determined");
    assertThat(check("ARG A=1\n").error()).contains("dockerfile contains no stages to build");
  }

  @Test
  void stageErrors() {
    BuildkitCheck.Result r = check("FROM --platform=$BULIDPLATFORM scratch\n");
    assertThat(rules(r)).isEqualTo("UndefinedArgInFrom");
    assertThat(r.error()).contains(
        "empty platform value from expression $BULIDPLATFORM (did you mean BUILDPLATFORM?)");
    assertThat(check("ARG IMG\nFROM ${IMG}\n").error()).contains("base name (${IMG}) should not"
        + " be blank");
    assertThat(check("FROM Alpine\n").error()).contains("failed to parse stage name \"Alpine\":"
        + " invalid reference format: repository name (library/Alpine) must be lowercase");
    assertThat(check("FROM alpine\nARG S=a\nCOPY --from=$S /x /x\n").error()).contains(
        "variable expansion is not supported for --from, define a new stage with FROM using ARG"
            + " from global scope as a workaround");
  }

  @Test
  void aGlobalArgDefaultThatDoesNotExpandStopsBeforeTheStages() {
    BuildkitCheck.Result r = check("""
        ARG VARIANT=${option:variant}
        FROM python:3.12 as base
        COPY $undefined .
        """);
    assertThat(rules(r)).isEqualTo("FromAsCasing");
    assertThat(r.error()).contains(
        "failed to process \"${option:variant}\": unsupported modifier (:v) in substitution");
  }

  @Test
  void dispatchErrorsKeepTheWarningsOfEarlierInstructions() {
    BuildkitCheck.Result r = check("""
        FROM alpine
        ENV a b
        EXPOSE 80/http
        ENV c d
        """);
    assertThat(r.warnings()).extracting(Finding::line).containsExactly(2);
    assertThat(r.error()).contains("invalid port: \"80/http\": invalid proto: http");
  }

  @Test
  void aParseErrorLeavesNoWarnings() {
    BuildkitCheck.Result r = check("FROM alpine as a\nRUN <<EOF\necho\n");
    assertThat(r.warnings()).isEmpty();
    assertThat(r.error()).isPresent();
  }
}
