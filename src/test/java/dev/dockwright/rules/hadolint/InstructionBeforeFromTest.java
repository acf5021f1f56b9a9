package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.RuleTester;
import org.junit.jupiter.api.Test;

class InstructionBeforeFromTest {

  private final RuleTester tester = RuleTester.of(new InstructionBeforeFrom());

  @Test
  void everyInstructionButArgBeforeTheFirstFrom() {
    tester.check("""
        ARG BASE=alpine:3.20
        # expect: DL3061 "`LABEL`"
        LABEL foo=bar
        # expect: DL3061 "`run`"
        run echo hi
        FROM ${BASE}
        RUN echo fine
        """);
  }

  @Test
  void argsCommentsAndDirectivesMayComeFirst() {
    tester.checkClean("""
        # syntax=docker/dockerfile:1
        # a comment
        ARG A=B
        FROM alpine:3.20
        ARG C=D
        LABEL foo=bar
        """);
  }

  @Test
  void documentationExamples() {
    tester.checkDocumentationExamples();
  }
}
