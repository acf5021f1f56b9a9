package dev.dockwright.model.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImageRefTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      python                                   | -                   | python            | -          | -
      python:3.12-slim                         | -                   | python            | 3.12-slim  | -
      library/python:3.12                      | -                   | library/python    | 3.12       | -
      ghcr.io/astral-sh/uv:python3.12-bookworm | ghcr.io             | astral-sh/uv      | python3.12-bookworm | -
      localhost:5000/team/app:1.0@sha256:abc   | localhost:5000      | team/app          | 1.0        | sha256:abc
      localhost/app                            | localhost           | app               | -          | -
      myorg/app@sha256:def                     | -                   | myorg/app         | -          | sha256:def
      """)
  void splitsReferences(String text, String registry, String repo, String tag, String digest) {
    ImageRef ref = ImageRef.parse(text);
    assertThat(ref.registry()).isEqualTo(registry == null ? "" : registry);
    assertThat(ref.repository()).isEqualTo(repo);
    assertThat(ref.tag()).isEqualTo(Optional.ofNullable(tag));
    assertThat(ref.digest()).isEqualTo(Optional.ofNullable(digest));
    assertThat(ref.resolved()).isTrue();
  }

  @Test
  void officialImagesAreTheSameWithOrWithoutLibraryPrefix() {
    assertThat(ImageRef.parse("docker.io/library/python:3").canonicalRepository()).isEqualTo("python");
    assertThat(ImageRef.parse("python:3").canonicalRepository()).isEqualTo("python");
    assertThat(ImageRef.parse("quay.io/library/python").canonicalRepository()).isEqualTo("library/python");
  }

  @Test
  void unexpandedVariablesMarkTheReferenceUnresolved() {
    assertThat(ImageRef.parse("python:${PY}-slim").resolved()).isFalse();
    assertThat(ImageRef.parse("scratch").isScratch()).isTrue();
    assertThat(ImageRef.parse("ubuntu").isUntagged()).isTrue();
    assertThat(ImageRef.parse("ubuntu:latest").isLatest()).isTrue();
  }
}
