package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.RuleTester;
import org.junit.jupiter.api.Test;

class WgetAndCurlTest {

  private final RuleTester tester = RuleTester.of(new WgetAndCurl());

  @Test
  void bothToolsInOneStage() {
    tester.check("""
        FROM node:22 AS foo
        RUN wget my.xyz
        # expect: DL4001
        RUN curl my.xyz
        RUN echo hello
        # expect: DL4001
        RUN wget foo.com
        """);
    tester.check("""
        FROM node:22
        # expect: DL4001
        RUN wget my.xyz && curl localhost
        """);
  }

  @Test
  void toolsOfTheStageItIsBuiltFromCount() {
    tester.check("""
        FROM debian:12 AS base
        RUN apt-get update && apt-get install -y wget && wget -q https://example.com/a
        FROM base
        # expect: DL4001
        RUN curl -fsSLO https://example.com/b
        """);
  }

  @Test
  void oneToolPerImageIsFine() {
    tester.checkClean("""
        FROM node:22 AS foo
        RUN wget my.xyz
        RUN wget other.xyz
        FROM scratch AS other
        RUN curl localhost
        FROM foo AS third
        RUN wget again.xyz
        """);
  }

  @Test
  void documentationExamples() {
    tester.checkDocumentationExamples();
  }
}
