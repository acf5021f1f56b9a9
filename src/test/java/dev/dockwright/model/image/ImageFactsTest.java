package dev.dockwright.model.image;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ImageFactsTest {

  private static ImageFacts facts(String ref) {
    return ImageFacts.of(ImageRef.parse(ref));
  }

  @Test
  void slimPythonHasItsSitePackagesButNoCurlOrCompiler() {
    ImageFacts f = facts("python:3.12-slim-bookworm");
    assertThat(f.python()).get().extracting(PythonRuntime::sitePackages)
        .isEqualTo("/usr/local/lib/python3.12/site-packages");
    assertThat(f.curl()).isEqualTo(Presence.ABSENT);
    assertThat(f.wget()).isEqualTo(Presence.ABSENT);
    assertThat(f.compilers()).isEqualTo(Presence.ABSENT);
    assertThat(f.os()).isEqualTo(OsFamily.DEBIAN);
  }

  @Test
  void fullPythonImageIsBuiltOnBuildpackDeps() {
    ImageFacts f = facts("python:3.13");
    assertThat(f.python()).get().extracting(PythonRuntime::version).isEqualTo("3.13");
    assertThat(f.curl()).isEqualTo(Presence.PRESENT);
    assertThat(f.compilers()).isEqualTo(Presence.PRESENT);
    assertThat(facts("python:3.11.9-bookworm").python()).get()
        .extracting(PythonRuntime::version).isEqualTo("3.11");
  }

  @Test
  void alpineHasBusyboxWgetButNoCurl() {
    ImageFacts f = facts("python:3.12-alpine3.20");
    assertThat(f.os()).isEqualTo(OsFamily.ALPINE);
    assertThat(f.curl()).isEqualTo(Presence.ABSENT);
    assertThat(f.wget()).isEqualTo(Presence.PRESENT);
  }

  @Test
  void versionlessTagsKeepThePythonUnknown() {
    assertThat(facts("python:3").python()).isEmpty();
    assertThat(facts("python:slim").python()).isEmpty();
    assertThat(facts("python:slim").curl()).isEqualTo(Presence.ABSENT);
    assertThat(facts("python").python()).isEmpty();
  }

  @Test
  void uvImagesCarryTheirPythonVersion() {
    ImageFacts f = facts("ghcr.io/astral-sh/uv:python3.12-bookworm-slim");
    assertThat(f.python()).get().extracting(PythonRuntime::version).isEqualTo("3.12");
    assertThat(f.curl()).isEqualTo(Presence.ABSENT);
  }

  @Test
  void unknownImagesPromiseNothing() {
    ImageFacts f = facts("mycorp/base:1");
    assertThat(f.os()).isEqualTo(OsFamily.UNKNOWN);
    assertThat(f.curl()).isEqualTo(Presence.UNKNOWN);
    assertThat(f.env()).containsKey("PATH");
    assertThat(facts("scratch").shell()).isEqualTo(Presence.ABSENT);
  }
}
