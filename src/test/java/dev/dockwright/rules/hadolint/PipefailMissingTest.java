package dev.dockwright.rules.hadolint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.fix.Fixer;
import dev.dockwright.lint.Finding;
import dev.dockwright.lint.LintOptions;
import dev.dockwright.lint.Linter;
import dev.dockwright.lint.RuleRegistry;
import dev.dockwright.lint.SourceFile;
import dev.dockwright.lint.config.LintConfig;
import dev.dockwright.lint.RuleTester;
import dev.dockwright.model.image.OsFamily;
import java.util.List;
import org.junit.jupiter.api.Test;

class PipefailMissingTest {

  private final RuleTester tester = RuleTester.of(new PipefailMissing());

  @Test
  void pipesWithoutPipefail() {
    tester.check("""
        FROM debian:12
        # expect: DL4006
        RUN wget -O - https://some.site | wc -l > /number
        SHELL ["/bin/bash", "-o", "pipefail", "-c"]
        RUN wget -O - https://some.site | wc -l > /number
        SHELL ["/bin/sh", "-c"]
        # expect: DL4006
        RUN curl -fsSL https://example.com | tar xz
        FROM debian:12 AS other
        # expect: DL4006
        RUN a | b
        """);
  }

  @Test
  void pipefailFromTheShellTheScriptOrTheParentStage() {
    tester.checkClean("""
        FROM debian:12 AS base
        SHELL ["/bin/bash", "-eo", "pipefail", "-c"]
        RUN a | b
        FROM base
        RUN c | d
        FROM debian:12 AS scripted
        RUN set -euxo pipefail && curl -fsSL https://example.com | tar xz
        RUN set -o pipefail; a | b; { c | d; }
        RUN ["/bin/bash", "-o", "pipefail", "-c", "a | b"]
        RUN a && b || c
        FROM alpine:3.20
        SHELL ["/bin/sh", "-o", "pipefail", "-c"]
        RUN a | b
        FROM mcr.microsoft.com/powershell:lts
        SHELL ["pwsh", "-c"]
        RUN Get-Variable PSVersionTable | Select-Object -ExpandProperty Value
        """);
  }

  @Test
  void pipesBeforeTheSetStillCount() {
    tester.check("""
        FROM debian:12
        # expect: DL4006
        RUN a | b && set -o pipefail && c | d
        """);
  }

  @Test
  void hereDocumentScriptsAreReadLikeAnyScript() {
    tester.checkClean("""
        # syntax=docker/dockerfile:1
        FROM debian:12
        RUN <<EOF
        #!/usr/bin/env bash
        set -eux -o pipefail
        echo 'abc' | cat
        EOF
        RUN <<EOF bash
        set -euxo pipefail
        echo 123 | cat
        EOF
        """);
    tester.check("""
        # syntax=docker/dockerfile:1
        FROM debian:12
        RUN <<EOF
        set -e
        # expect: DL4006
        echo 'abc' | cat
        EOF
        """);
  }

  @Test
  void fixInsertsOneShellPerStageAndIsUnsafe() {
    String text = """
        FROM debian:12
        # download
        RUN curl -fsSL https://example.com/a | tar xz
        RUN curl -fsSL https://example.com/b | tar xz
        """;
    List<Finding> findings = tester.lint(text).findings();
    assertThat(findings).hasSize(2).allSatisfy(f -> assertThat(f.fix()).hasValueSatisfying(
        fix -> assertThat(fix.safe()).isFalse()));
    assertThat(fixAll(text)).isEqualTo("""
        FROM debian:12
        SHELL ["/bin/bash", "-o", "pipefail", "-c"]
        # download
        RUN curl -fsSL https://example.com/a | tar xz
        RUN curl -fsSL https://example.com/b | tar xz
        """);
  }

  @Test
  void fixKeepsTheShellInEffectAndUsesAshOnAlpine() {
    assertThat(tester.applyFixes("""
        FROM debian:12
        SHELL ["/bin/bash", "-x", "-c"]
        run a | b
        """)).isEqualTo("""
        FROM debian:12
        SHELL ["/bin/bash", "-x", "-c"]
        shell ["/bin/bash", "-x", "-o", "pipefail", "-c"]
        run a | b
        """);
    assertThat(PipefailMissing.pipefailShell(List.of("/bin/sh", "-c"), OsFamily.ALPINE))
        .containsExactly("/bin/ash", "-o", "pipefail", "-c");
    assertThat(PipefailMissing.pipefailShell(List.of("/bin/sh", "-c"), OsFamily.UNKNOWN))
        .containsExactly("/bin/bash", "-o", "pipefail", "-c");
  }

  /** What {@code dockwright fix --unsafe-fixes} makes of the text (passes until stable). */
  private static String fixAll(String text) {
    return new Fixer(new Linter(RuleRegistry.of(new PipefailMissing())))
        .fix(SourceFile.of("Dockerfile", text), LintConfig.DEFAULTS, LintOptions.DEFAULT, true)
        .text();
  }

  @Test
  void documentationExamples() {
    tester.checkDocumentationExamples();
  }
}
