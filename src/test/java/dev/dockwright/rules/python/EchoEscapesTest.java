package dev.dockwright.rules.python;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.lint.RuleTester;
import dev.dockwright.lint.Severity;
import dev.dockwright.lint.config.LintConfig;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EchoEscapesTest {

  private static final String BAD = """
      FROM python:3.12-slim
      # expect: DW3002 "dash"
      RUN echo "#!/bin/sh\\nexec gunicorn app:app" > /start.sh
      """;

  private final RuleTester withoutShellcheck = RuleTester.of(new EchoEscapes(() -> false));
  private final RuleTester withShellcheck = RuleTester.of(new EchoEscapes(() -> true));

  @Test
  void escapesWrittenToFilesOrPipes() {
    withoutShellcheck.check(BAD);
    withoutShellcheck.check("""
        FROM debian:12
        # expect: DW3002 "echo -e"
        RUN echo -e "line1\\tx\\nline2" | tee /etc/app.conf
        """);
    withoutShellcheck.check("""
        FROM debian:12
        SHELL ["/bin/bash", "-c"]
        # expect: DW3002 "bash"
        RUN echo "a\\nb" >> /etc/app.conf
        """);
  }

  @Test
  void portableOrHarmlessEchoes() {
    withoutShellcheck.checkClean("""
        FROM debian:12
        RUN echo "done\\n"
        RUN echo 'plain text' > /etc/motd
        RUN printf 'a\\nb\\n' > /etc/app.conf
        RUN echo '"\\e[5~": history-search-backward' >> /etc/inputrc
        RUN /bin/echo -e '[default]\\nkey=1' > /.s3cfg
        SHELL ["/bin/bash", "-o", "pipefail", "-c"]
        RUN echo -e "a\\nb" > /etc/app.conf
        """);
  }

  @Test
  void theEchoOfTheImagesShell() {
    withoutShellcheck.check("""
        FROM alpine:3.20
        RUN echo -e "[a]\\nb=1" > /etc/a.conf
        # expect: DW3002 "BusyBox"
        RUN echo "[a]\\nb=1" > /etc/b.conf
        """);
    withoutShellcheck.checkClean("""
        FROM nvidia/cuda:12.4.1-runtime-amzn2023
        RUN dnf install -y git && echo -e "[repo]\\nname=x" > /etc/yum.repos.d/x.repo
        """);
    withoutShellcheck.check("""
        FROM registry.example/base:1
        # expect: DW3002 "different text"
        RUN echo "a\\tb" > /x
        """);
  }

  @Test
  void quietWhenShellcheckRunsUnlessConfigured() {
    withShellcheck.checkClean(BAD.replace("# expect: DW3002 \"dash\"\n", ""));
    LintConfig shellcheckOff = new LintConfig(Optional.empty(), Set.of(), Map.of(), Set.of(),
        Map.of(), false, Optional.empty(), Optional.empty(), false, Optional.of(false),
        Optional.empty());
    withShellcheck.config(shellcheckOff).check(BAD);
    RuleTester.of(new EchoEscapes(() -> true))
        .config(LintConfig.DEFAULTS.withSeverity("DW3002", Severity.WARNING)).check(BAD);
  }

  @Test
  void fixUsesPrintfForOneArgument() {
    assertThat(withoutShellcheck.applyFixes("""
        FROM debian:12
        RUN echo -e "a\\tb" > /x && echo -n "c\\n" > /y && echo "d\\n" "e" > /z
        """)).isEqualTo("""
        FROM debian:12
        RUN printf '%b\\n' "a\\tb" > /x && printf '%b' "c\\n" > /y && echo "d\\n" "e" > /z
        """);
  }

  @Test
  void documentationExamples() {
    withoutShellcheck.checkDocumentationExamples();
    withShellcheck.checkDocumentationExamples();
  }
}
