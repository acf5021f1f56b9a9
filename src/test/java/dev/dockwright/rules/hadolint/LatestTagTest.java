package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.RuleTester;
import org.junit.jupiter.api.Test;

class LatestTagTest {

  private final RuleTester tester = RuleTester.of(new LatestTag());

  @Test
  void latestIsReported() {
    tester.check("""
        ARG TAG=latest
        # expect: DL3007 "debian:latest"
        FROM debian:latest
        # expect: DL3007
        FROM debian:latest AS builder
        # expect: DL3007 "python:latest"
        FROM python:${TAG}
        ARG LATER=latest
        FROM python:${LATER}
        """);
  }

  @Test
  void releaseTagsDigestsAndUntaggedImagesAreFine() {
    tester.checkClean("""
        FROM debian:jessie
        FROM debian:jessie AS builder
        FROM hub.docker.io/debian@sha256:7959ed6f7e35f8b1aaa06d1d8259d4ee25aa85a086d5c125480c333183f9deeb
        FROM hub.docker.io/debian:latest@sha256:7959ed6f7e35f8b1aaa06d1d8259d4ee25aa85a086d5c125480c333183f9deeb
        FROM debian
        FROM localhost:5000/app
        """);
  }
}
