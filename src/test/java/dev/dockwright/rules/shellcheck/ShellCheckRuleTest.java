package dev.dockwright.rules.shellcheck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.lint.Finding;
import dev.dockwright.lint.LintOptions;
import dev.dockwright.lint.LintResult;
import dev.dockwright.lint.Linter;
import dev.dockwright.lint.RuleRegistry;
import dev.dockwright.lint.RuleTester;
import dev.dockwright.lint.Severity;
import dev.dockwright.lint.SourceFile;
import dev.dockwright.lint.config.LintConfig;
import dev.dockwright.testsupport.ShellCheckSupport;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The ShellCheck rule against the real {@code shellcheck} (skipped when it is not installed,
 * failed then under {@code DOCKWRIGHT_REQUIRE_SHELLCHECK=1}). A counting launcher records how many
 * processes each lint starts.
 */
class ShellCheckRuleTest {

  private final AtomicInteger launches = new AtomicInteger();
  private RuleTester tester;
  private ShellCheckRule rule;
  private ShellCheck counting;

  @BeforeEach
  void realShellCheck() {
    ShellCheck installed = ShellCheckSupport.require();
    counting = installed.withLauncher(b -> {
      launches.incrementAndGet();
      return b.start();
    });
    rule = new ShellCheckRule(() -> Optional.of(counting));
    tester = RuleTester.of(rule);
  }

  private Finding only(String dockerfile, String code) {
    List<Finding> found = tester.lint(dockerfile).findings().stream()
        .filter(f -> f.code().equals(code)).toList();
    assertThat(found).as("%s findings in%n%s", code, dockerfile).hasSize(1);
    return found.get(0);
  }

  @Nested
  class Positions {

    @Test
    void aFindingPointsAtTheWordInTheRunLine() {
      List<Finding> findings = tester.check("""
          FROM debian:12
          # expect: SC2086, SC2154
          RUN echo $missing_quotes
          """);
      assertThat(findings).allSatisfy(f -> {
        assertThat(f.column()).isEqualTo(10);
        assertThat(f.range().end().column()).isEqualTo(25); // exclusive: after $missing_quotes
      });
      assertThat(findings).extracting(Finding::severity)
          .containsExactlyInAnyOrder(Severity.INFO, Severity.WARNING);
    }

    @Test
    void continuationLinesMapBackToTheirOwnLineAndColumn() {
      Finding f = only("""
          FROM debian:12
          RUN apt-get update && \\
              # a comment line inside the continuation
              cd /tmp && \\
                for f in $(ls /etc/*.conf); do cp "$f" /tmp; done
          """, "SC2045");
      assertThat(f.line()).isEqualTo(5);
      assertThat(f.column()).isEqualTo(16);
      assertThat(f.range().end().line()).isEqualTo(5);
      assertThat(f.range().end().column()).isEqualTo(33); // $(ls /etc/*.conf) is 17 characters
    }

    @Test
    void tabsAndNonAsciiCountAsOneColumnEach() {
      Finding f = only("FROM debian:12\nRUN\techo \"é😀\" $x_unset\n", "SC2154");
      assertThat(f.line()).isEqualTo(2);
      // RUN<tab>echo "é😀" : the emoji is two UTF-16 units, one ShellCheck column
      assertThat(f.column()).isEqualTo("RUN\techo \"é😀\" ".length() + 1);
    }

    @Test
    void heredocScriptLinesAreTheirDockerfileLines() {
      Finding f = only("""
          FROM debian:12
          RUN <<EOF
          set -e
          echo "fine"
          cp $src /tmp
          EOF
          """, "SC2154");
      assertThat(f.line()).isEqualTo(5);
      assertThat(f.column()).isEqualTo(4);
    }

    @Test
    void tabStrippedHeredocScriptsKeepTheirColumns() {
      Finding f = only("FROM debian:12\nRUN <<-EOF\n\tset -e\n\t\techo $x_unset\nEOF\n", "SC2154");
      assertThat(f.line()).isEqualTo(4);
      assertThat(f.column()).isEqualTo(8); // two tabs, "echo ", then $x_unset
    }

    @Test
    void heredocBodiesACommandReadsAreCheckedAsTheShellReadsThem() {
      // Without the body and terminator appended, ShellCheck would see an unterminated heredoc.
      List<Finding> findings = tester.check("""
          FROM debian:12
          RUN cat <<EOF > /etc/motd
          # expect: SC2154
          hello $visitor
          EOF
          RUN cat <<'EOF' > /etc/issue
          not expanded: $visitor
          EOF
          """);
      assertThat(findings.get(0).column()).isEqualTo(7);
    }

    @Test
    void aShellReadingAHeredocChecksItsBodyInThatShell() {
      tester.check("""
          FROM debian:12
          RUN bash <<EOF
          [[ -d /tmp ]] && echo "$RANDOM"
          EOF
          RUN sh <<EOF
          # expect: SC3010
          [[ -d /tmp ]] && echo ok
          EOF
          """);
    }

    @Test
    void execFormShellScriptsAreChecked() {
      Finding f = only("FROM debian:12\nRUN [\"bash\", \"-c\", \"echo $RANDOM $nope_unset\"]\n",
          "SC2154");
      assertThat(f.line()).isEqualTo(2);
    }
  }

  @Nested
  class Dialects {

    @Test
    void defaultShellIsPosixSh() {
      tester.check("""
          FROM debian:12
          # expect: SC3028
          RUN echo $RANDOM
          # expect: SC3046
          RUN source /etc/os-release
          """);
    }

    @Test
    void shellInstructionSelectsBashAndStagesInheritIt() {
      tester.check("""
          FROM debian:12 AS base
          SHELL ["/bin/bash", "-o", "pipefail", "-c"]
          RUN echo $RANDOM && source /etc/os-release
          FROM base AS next
          RUN [[ -f /etc/os-release ]] && source /etc/os-release
          FROM debian:12
          # expect: SC3046
          RUN source /etc/os-release
          """);
    }

    @Test
    void ashAndBusyboxAreCheckedAsDashWithoutTheAshWarning() {
      tester.check("""
          FROM alpine:3.20
          SHELL ["/bin/ash", "-eo", "pipefail", "-c"]
          RUN echo hello
          # expect: SC3028
          RUN echo $RANDOM
          """);
    }

    @Test
    void kshAndAHeredocShebangPickTheirDialect() {
      tester.check("""
          FROM debian:12
          SHELL ["/bin/ksh", "-c"]
          RUN typeset -i n=1; print $n
          SHELL ["/bin/sh", "-c"]
          RUN <<EOF
          #!/bin/bash
          [[ -d /tmp ]] && echo "$RANDOM"
          EOF
          """);
    }

    @Test
    void nonPosixShellsAreNotCheckedAndStartNoProcess() {
      tester.checkClean("""
          FROM mcr.microsoft.com/windows/servercore:ltsc2022
          SHELL ["pwsh", "-Command"]
          RUN Get-ChildItem $env:TEMP | Remove-Item -Recurse
          SHELL ["cmd", "/S", "/C"]
          RUN echo %PATH% && dir $x
          """);
      assertThat(launches).hasValue(0);
    }

    @Test
    void windowsImagesDefaultToCmdAndAreNotChecked() {
      tester.check("""
          # escape=`
          FROM mcr.microsoft.com/dotnet/framework/sdk:4.8-windowsservercore-ltsc2019 AS build
          RUN powershell -Command `
              $ErrorActionPreference = 'Stop'; `
              if ((Get-FileHash $file).Hash -ne $sum) { exit 1 }
          FROM mcr.microsoft.com/windows/nanoserver:ltsc2022
          RUN echo %PATH% && dir c:\\app
          FROM debian:12
          # expect: SC2154
          RUN echo "$linux_unset"
          """);
    }

    @Test
    void theHadolintShellPragmaSkipsAStage() {
      tester.checkClean("""
          FROM mcr.microsoft.com/windows/servercore:ltsc2022
          # hadolint shell=powershell
          RUN Write-Host $foo_unset
          """);
      tester.check("""
          # hadolint shell=bash
          FROM debian:12
          RUN echo $RANDOM
          FROM debian:12
          SHELL ["/bin/sh", "-c"]
          # expect: SC3028
          RUN echo $RANDOM
          """);
    }
  }

  @Nested
  class Variables {

    @Test
    void argAndEnvNamesOfTheStageCountAsSet() {
      tester.check("""
          ARG global_unused=1
          FROM debian:12
          ARG version=1
          ENV app_home=/app
          RUN echo "$version" "$app_home" "$HTTP_PROXY" "$PATH"
          # expect: SC2154
          RUN echo "$global_unused"
          """);
    }

    @Test
    void onbuildTriggersSeeEnvButNotArgs() {
      tester.check("""
          FROM debian:12
          ARG build_only=1
          ENV kept=1
          # expect: SC2154 "build_only"
          ONBUILD RUN echo "$kept" "$build_only"
          """);
    }

    /**
     * Corpus review (Azure/azure-functions-docker 0664, 0665, 0675, 0701): ShellCheck follows
     * only unconditional literal assignments, so it asks to quote a version the script set two
     * lines above after {@code &&}, or a file name built from it. Values that cannot split or
     * glob are not reported; anything read, looped over, emptied or computed still is.
     */
    @Test
    void variablesTheScriptSetsToValuesThatCannotSplitAreNotReported() {
      tester.checkClean("""
          FROM debian:12
          ARG HOST_VERSION=4.0.1
          RUN apt-get update && \\
              V4=4.20.0 && \\
              F4=Microsoft.Azure.Functions.ExtensionBundle.${V4}_linux-x64.zip && \\
              wget https://functionscdn.azureedge.net/ExtensionBundles/$V4/$F4 && \\
              mkdir -p /bundles/$V4 && unzip /$F4 -d /bundles/$V4 && rm -f /$F4 && \\
              DIR="/opt/host-${HOST_VERSION}" && N=$((1 + 2)) && mkdir -p $DIR/$N && \\
              MAJOR=${V4%%.*} && echo $MAJOR
          """);
      tester.check("""
          FROM debian:12
          RUN apt-get update && \\
              PYVER=$(python3 -c 'import sys; print(sys.version.split()[0])') && \\
          # expect: SC2086, SC2086
              curl -O https://www.python.org/ftp/python/$PYVER/Python-$PYVER.tgz && \\
              FILES="a b" && \\
          # expect: SC2086
              touch $FILES && \\
              GLOB="/tmp/*.deb" && \\
          # expect: SC2086
              dpkg -i $GLOB && \\
              EMPTY= && \\
          # expect: SC2086
              ls $EMPTY
          RUN for v in "$@"; do \\
          # expect: SC2086
                V=$v && echo $V; \\
              done
          # expect: SC2086
          RUN read -r LINE < /etc/hostname && L=$LINE && echo $L
          """);
    }

    /**
     * Corpus review, second round (docker-library/python 0487, jessfraz/dockerfiles): a list of
     * packages handed to apt or apk is meant to split; quoting it would pass one package name.
     */
    @Test
    void packageListsForSystemPackageManagersAreMeantToSplit() {
      tester.checkClean("""
          FROM debian:12
          RUN savedAptMark="$(apt-mark showmanual)"; \\
              apt-get update; apt-get install -y --no-install-recommends gcc; \\
              apt-mark auto '.*' > /dev/null; \\
              [ -z "$savedAptMark" ] || apt-mark manual $savedAptMark; \\
              buildDeps="$(cat /build-deps)" && apt-get purge -y --auto-remove ${buildDeps}
          FROM alpine:3.20
          RUN runDeps="$(scanelf --needed /usr/local/bin/app)" \\
              && apk add --no-cache --virtual .run-deps $runDeps
          """);
      tester.check("""
          FROM python:3.12-slim
          RUN extras="$(cat /extras)" && \\
          # expect: SC2086
              pip install $extras && \\
              pkg="$(cat /pkg)" && \\
          # expect: SC2086
              apt-get install -y lib$pkg
          """);
    }

    @Test
    void aRunBeforeTheFirstFromSeesWhatWasWrittenBeforeIt() {
      tester.checkClean("ARG foo=bar\nENV baz=1\nRUN echo \"$foo\" \"$baz\"\n");
    }
  }

  @Nested
  class Switches {

    @Test
    void pragmasConfigAndDirectivesSilenceCodes() {
      tester.check("""
          FROM debian:12
          # hadolint ignore=SC2086
          # expect: SC2154
          RUN echo $a_unset
          RUN <<EOF
          # shellcheck disable=SC2154
          echo "$b_unset"
          EOF
          """);
      tester.config(LintConfig.DEFAULTS.withIgnored(List.of("SC2154", "SC2086")))
          .checkClean("FROM debian:12\nRUN echo $a_unset\n");
    }

    @Test
    void shellcheckFalseOrIgnoringTheRuleStartsNoProcess() {
      tester.config(LintConfig.DEFAULTS.withShellcheck(false))
          .checkClean("FROM debian:12\nRUN echo $a_unset\n");
      tester.config(LintConfig.DEFAULTS.withIgnored(List.of("ShellCheck")))
          .checkClean("FROM debian:12\nRUN echo $a_unset\n");
      assertThat(launches).hasValue(0);
    }

    @Test
    void withoutShellCheckTheRuleReportsNothing() {
      ShellCheckRule missing = new ShellCheckRule(Optional::empty);
      assertThat(missing.available()).isFalse();
      RuleTester.of(missing).checkClean("FROM debian:12\nRUN echo $a_unset\n");
    }
  }

  @Nested
  class Processes {

    @Test
    void oneProcessPerFileWhateverTheNumberOfScriptsAndDialects() {
      tester.lint("""
          FROM debian:12 AS build
          RUN echo one
          RUN <<EOF
          echo two
          EOF
          RUN cat <<EOF > /x
          three
          EOF
          SHELL ["/bin/bash", "-c"]
          RUN echo four
          RUN ["sh", "-c", "echo five"]
          ONBUILD RUN echo six
          FROM build
          SHELL ["/bin/ksh", "-c"]
          RUN echo seven
          """);
      assertThat(launches).hasValue(1);
    }

    @Test
    void aFileWithoutShellScriptsStartsNone() {
      tester.checkClean("FROM debian:12\nRUN [\"/usr/bin/true\"]\nCOPY . /app\n");
      assertThat(launches).hasValue(0);
    }

    @Test
    void severalFilesStartOneProcessEach() {
      Linter linter = new Linter(RuleRegistry.of(rule));
      for (int i = 0; i < 3; i++) {
        LintResult r = linter.lint(SourceFile.of("Dockerfile." + i,
            "FROM debian:12\nRUN echo $x" + i + "\nRUN echo $y" + i + "\n"),
            LintConfig.DEFAULTS, LintOptions.DEFAULT);
        assertThat(r.findings()).extracting(Finding::code).contains("SC2154");
      }
      assertThat(launches).hasValue(3);
    }
  }

  @Test
  void prefetchChecksManyFilesInOneProcessAndLintingThemStartsNone() {
    List<SourceFile> files = new java.util.ArrayList<>();
    for (int i = 0; i < 5; i++) {
      files.add(SourceFile.of("Dockerfile." + i, "FROM debian:12\nRUN echo $x" + i
          + "\nSHELL [\"/bin/bash\", \"-c\"]\nRUN echo $RANDOM $y" + i + "\n"));
    }
    files.add(SourceFile.of("Dockerfile.same", files.get(0).text()));
    rule.prefetch(files, LintOptions.DEFAULT);
    assertThat(launches).hasValue(1);
    Linter linter = new Linter(RuleRegistry.of(rule));
    for (SourceFile f : files) {
      assertThat(linter.lint(f, LintConfig.DEFAULTS, LintOptions.DEFAULT).findings())
          .extracting(Finding::code).contains("SC2154");
    }
    assertThat(launches).hasValue(1);
    linter.lint(SourceFile.of("Dockerfile.new", "FROM debian:12\nRUN echo $z\n"),
        LintConfig.DEFAULTS, LintOptions.DEFAULT);
    assertThat(launches).hasValue(2); // not checked ahead: its own process
  }

  @Test
  void prefetchSplitsManyScriptsOverOneProcessPerWorkerAndKeepsEveryAnswer() {
    ShellCheckRule two = new ShellCheckRule(() -> Optional.of(counting), 2);
    List<SourceFile> files = new java.util.ArrayList<>();
    for (int i = 0; i < 120; i++) {
      files.add(SourceFile.of("Dockerfile." + i, "FROM debian:12\nRUN echo $x" + i + "\n"));
    }
    two.prefetch(files, LintOptions.DEFAULT);
    assertThat(launches).hasValue(2);
    Linter linter = new Linter(RuleRegistry.of(two));
    for (SourceFile f : files) {
      String variable = "x" + f.name().substring("Dockerfile.".length());
      assertThat(linter.lint(f, LintConfig.DEFAULTS, LintOptions.DEFAULT).findings())
          .filteredOn(x -> x.code().equals("SC2154")).singleElement()
          .satisfies(x -> assertThat(x.message()).contains(variable));
    }
    assertThat(launches).hasValue(2);
  }

  @Test
  void batchesAreEvenWithinTheirLimits() {
    List<String> scripts = java.util.stream.IntStream.range(0, 2500).mapToObj(i -> "s" + i).toList();
    assertThat(ShellCheckRule.batches(scripts, 2)).extracting(List::size)
        .containsExactly(1000, 1000, 500);
    assertThat(ShellCheckRule.batches(scripts.subList(0, 300), 2)).extracting(List::size)
        .containsExactly(150, 150);
    assertThat(ShellCheckRule.batches(scripts.subList(0, 60), 4)).extracting(List::size)
        .containsExactly(50, 10);
    assertThat(ShellCheckRule.batches(scripts.subList(0, 6), 8)).extracting(List::size)
        .containsExactly(6);
    assertThat(ShellCheckRule.batches(List.of(), 2)).isEmpty();
  }

  @Test
  void aBrokenShellCheckIsAnInternalErrorNotAFinding() {
    ShellCheck broken = ShellCheck.at(Path.of("/bin/false"));
    Linter linter = new Linter(RuleRegistry.of(new ShellCheckRule(() -> Optional.of(broken))));
    LintResult r = linter.lint(SourceFile.of("Dockerfile", "FROM debian:12\nRUN echo hi\n"),
        LintConfig.DEFAULTS, LintOptions.DEFAULT);
    assertThat(r.findings()).isEmpty();
    assertThat(r.internalErrors()).singleElement().asString().contains("ShellCheck");
  }

  @Test
  void severitiesMapOneToOne() {
    assertThat(ShellCheckRule.severity("error")).isEqualTo(Severity.ERROR);
    assertThat(ShellCheckRule.severity("warning")).isEqualTo(Severity.WARNING);
    assertThat(ShellCheckRule.severity("info")).isEqualTo(Severity.INFO);
    assertThat(ShellCheckRule.severity("style")).isEqualTo(Severity.STYLE);
  }

  @Test
  void findsShellCheckOnAPathList() {
    assertThat(ShellCheck.find("/nonexistent" + java.io.File.pathSeparator
        + ShellCheckSupport.require().executable().getParent())).isPresent();
    assertThat(ShellCheck.find("/nonexistent")).isEmpty();
    assertThat(ShellCheck.find(null)).isEmpty();
  }
}
