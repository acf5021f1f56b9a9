package dev.dockwright.model.image;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReferenceGrammarTest {

  @Test
  void acceptsWhatDockerAccepts() {
    for (String ok : new String[] {"alpine", "python:3.12-slim", "library/python:3",
        "ghcr.io/astral-sh/uv:0.4", "localhost:5000/team/app:v1.2", "registry.example.com/a/b",
        "[::1]:5000/app", "busybox@sha256:" + "a".repeat(64), "Registry.Example.com/app",
        "my-app__x.y/z"}) {
      assertThat(ReferenceGrammar.check(ok)).as(ok).isEmpty();
    }
  }

  @Test
  void rejectsWithTheLibrarysMessages() {
    assertThat(ReferenceGrammar.check("")).contains("invalid reference format");
    assertThat(ReferenceGrammar.check("busybox:")).contains("invalid reference format");
    assertThat(ReferenceGrammar.check("Python"))
        .contains("invalid reference format: repository name (library/Python) must be lowercase");
    assertThat(ReferenceGrammar.check("a".repeat(64))).contains("invalid repository name ("
        + "a".repeat(64) + "), cannot specify 64-byte hexadecimal strings");
    assertThat(ReferenceGrammar.check("busybox@sha256:abc"))
        .contains("invalid reference format");
    assertThat(ReferenceGrammar.check("busybox@md5:" + "a".repeat(32)))
        .contains("unsupported digest algorithm");
    assertThat(ReferenceGrammar.check("a/b:" + "x".repeat(129))).contains("invalid reference format");
    assertThat(ReferenceGrammar.check("alpine:3 .2")).contains("invalid reference format");
  }
}
