package dev.dockwright.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.model.image.ImageFacts;
import dev.dockwright.model.image.ImageRef;
import dev.dockwright.model.image.Presence;
import dev.dockwright.syntax.DockerfileParser;
import org.junit.jupiter.api.Test;

class ToolPresenceTest {

  private static Stage last(String dockerfile) {
    return DockerfileModel.of(DockerfileParser.parse("Dockerfile", dockerfile),
        ModelOptions.defaults()).finalStage().orElseThrow();
  }

  @Test
  void baseImageFactsInstallsCopiesAndParents() {
    assertThat(ToolPresence.of(last("FROM python:3.12-slim\n"), "curl")).isEqualTo(Presence.ABSENT);
    assertThat(ToolPresence.of(last("FROM python:3.12\n"), "curl")).isEqualTo(Presence.PRESENT);
    assertThat(ToolPresence.of(last("FROM example/unknown:1\n"), "curl")).isEqualTo(Presence.UNKNOWN);
    assertThat(ToolPresence.of(last(
        "FROM python:3.12-slim AS base\nRUN apt-get update && apt-get install -y curl\nFROM base\n"),
        "curl")).isEqualTo(Presence.PRESENT);
    assertThat(ToolPresence.of(last("FROM python:3.12-slim\nRUN apt-get install -y busybox\n"),
        "wget")).isEqualTo(Presence.PRESENT);
    assertThat(ToolPresence.of(last(
        "FROM alpine AS tools\nFROM python:3.12-slim\nCOPY --from=tools /usr/bin/curl /usr/local/bin/\n"),
        "curl")).isEqualTo(Presence.PRESENT);
    assertThat(ToolPresence.of(last("FROM python:3.12-slim\n"), "pg_isready"))
        .isEqualTo(Presence.UNKNOWN);
    assertThat(ToolPresence.of(ImageFacts.of(ImageRef.parse("python:3.12-alpine")), "wget"))
        .isEqualTo(Presence.PRESENT);
    assertThat(ToolPresence.known("curl")).isTrue();
    assertThat(ToolPresence.known("nc")).isFalse();
  }
}
