package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.RuleTester;
import dev.dockwright.lint.config.LintConfig;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UntrustedRegistryTest {

  private static RuleTester trusting(String... registries) {
    return RuleTester.of(new UntrustedRegistry()).config(new LintConfig(Optional.empty(),
        Set.of(), Map.of(), Set.of(registries), Map.of(), false, Optional.empty(),
        Optional.empty(), false, Optional.empty(), Optional.empty()));
  }

  @Test
  void withoutConfigurationEveryRegistryIsTrusted() {
    RuleTester.of(new UntrustedRegistry()).checkClean("FROM random.com/debian\n");
  }

  @Test
  void imagesFromOtherRegistriesAreReported() {
    trusting("docker.io").check("""
        # expect: DL3026 "random.com"
        FROM random.com/debian
        """);
    trusting("*.random.com").check("""
        # expect: DL3026
        FROM x.com/debian
        """);
    trusting("trusted.com").check("""
        # expect: DL3026
        FROM ubuntu:18.04 AS builder1
        # expect: DL3026
        FROM zemanlx/ubuntu:18.04 AS builder2
        # expect: DL3026
        FROM docker.io/zemanlx/ubuntu:18.04 AS builder3
        # expect: DL3026
        COPY --from=untrusted.com/repo/image:tag /foo /bar
        # expect: DL3026
        RUN --mount=type=bind,from=untrusted.com/repo/image:tag,target=/foo foobar
        # expect: DL3026
        RUN --mount=type=cache,from=untrusted.com/repo/image:tag,target=/foo foobar
        """);
  }

  @Test
  void trustedRegistriesScratchAndStagesAreFine() {
    trusting("x.com", "random.com").checkClean("FROM random.com/debian\nFROM scratch\n");
    trusting("docker.io").checkClean("""
        FROM ubuntu:18.04 AS builder1
        FROM zemanlx/ubuntu:18.04 AS builder2
        FROM docker.io/zemanlx/ubuntu:18.04 AS builder3
        FROM index.docker.io/library/python:3.12
        """);
    trusting("random.com").checkClean("""
        FROM random.com/foo AS builder1
        FROM builder1 AS builder2
        COPY --from=builder1 /a /a
        COPY --from=0 /a /a
        RUN --mount=type=bind,from=builder1,target=/x ls /x
        """);
    trusting("*").checkClean("FROM ubuntu:18.04\nFROM quay.io/x/y:1\n");
    trusting("x.com", "*.random.com").checkClean("FROM foo.random.com/debian\n");
    trusting("mirror.*").checkClean("FROM mirror.corp.example/python:3.12\n");
    trusting("trusted.com").checkClean("""
        COPY --from=trusted.com/repo/image:tag /foo /bar
        RUN --mount=type=cache,from=trusted.com/repo/image:tag,target=/foo foobar
        """);
  }

  @Test
  void anImageFromAnArgWithoutValueIsNotJudged() {
    trusting("trusted.com").check("""
        ARG BASE
        ARG KNOWN=evil.com/x:1
        FROM ${BASE}
        # expect: DL3026 "evil.com"
        FROM ${KNOWN}
        """);
  }

  @Test
  void documentationExamples() {
    RuleTester.of(new UntrustedRegistry()).checkDocumentationExamples();
  }
}
