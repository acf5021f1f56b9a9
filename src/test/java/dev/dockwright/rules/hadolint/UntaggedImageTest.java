package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.RuleTester;
import org.junit.jupiter.api.Test;

class UntaggedImageTest {

  private final RuleTester tester = RuleTester.of(new UntaggedImage());

  @Test
  void untaggedImagesAreReported() {
    tester.check("""
        # expect: DL3006 "debian"
        FROM debian
        # expect: DL3006
        FROM node AS unit-test
        # expect: DL3006
        FROM registry.example.com:5000/team/app
        """);
  }

  @Test
  void tagsDigestsScratchVariablesAndStagesAreFine() {
    tester.checkClean("""
        FROM ruby:2
        FROM ruby@sha256:f1dbca0f5dbc9
        FROM scratch
        FROM ${VALUE}
        FROM golang:1.23-alpine AS build
        FROM build AS unit-test
        FROM BUILD
        """);
  }

  @Test
  void globalArgsAreResolvedWithTheirDefaults() {
    tester.check("""
        ARG BASE=python
        ARG TAGGED=python:3.12
        # expect: DL3006 "python"
        FROM ${BASE}
        FROM ${TAGGED}
        """);
  }

  @Test
  void aStageNameUsedBeforeItIsDefinedIsAnImage() {
    tester.check("""
        # expect: DL3006
        FROM build
        FROM golang:1.23 AS build
        """);
  }
}
