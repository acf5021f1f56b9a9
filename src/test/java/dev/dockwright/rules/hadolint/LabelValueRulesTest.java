package dev.dockwright.rules.hadolint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.lint.RuleTester;
import dev.dockwright.lint.config.ConfigLoader;
import org.junit.jupiter.api.Test;

/** DL3051-DL3056 and DL3058: the values of the labels a label-schema types. */
class LabelValueRulesTest {

  private static final String SCHEMA = """
      label-schema:
        authors: text
        source: url
        created: rfc3339
        licenses: spdx
        revision: hash
        version: semver
        contact: email
      """;

  private final RuleTester tester = RuleTester.of(new EmptyLabel(), new LabelNotUrl(),
      new LabelNotRfc3339(), new LabelNotSpdx(), new LabelNotGitHash(), new LabelNotSemver(),
      new LabelNotEmail()).config(ConfigLoader.parse(SCHEMA, null, "test"));

  @Test
  void invalidValues() {
    tester.check("""
        FROM alpine:3.20
        # expect: DL3051 "`authors`"
        LABEL authors=""
        # expect: DL3052
        LABEL source="github.com/example/app"
        # expect: DL3053
        LABEL created="2024-05-01 12:00"
        # expect: DL3054
        LABEL licenses="Apache 2"
        # expect: DL3055
        LABEL revision="main"
        # expect: DL3056
        LABEL version="v1.2"
        # expect: DL3058
        LABEL contact="Jane Doe <jane@example.com>"
        # expect: DL3051, DL3052
        LABEL source=""
        """);
  }

  @Test
  void validValues() {
    tester.checkClean("""
        FROM alpine:3.20
        LABEL authors="Jane" source="https://github.com/example/app" \\
              created="2021-03-10T10:26:33.564595127+01:00" licenses="BSD-3-Clause" \\
              revision="2dbfae9" version="2.0.1-rc1" contact="abcd@google.com"
        LABEL revision="43c572f1272b6b3171dd1db9e41b7027128ce080" licenses=mit \\
              created=2024-05-01T12:00:00Z version=1.0.0+build.5
        LABEL other="" unrelated="not a url"
        """);
  }

  @Test
  void valuesOfBuildArgumentsAreOnlyKnownAtBuildTime() {
    tester.checkClean("""
        FROM alpine:3.20
        ARG VERSION
        ARG CREATED
        LABEL version=$VERSION created="${CREATED}" revision=${GIT_SHA}
        """);
    tester.check("""
        FROM alpine:3.20
        ARG VERSION=dev
        # expect: DL3056 "`version`"
        LABEL version=$VERSION
        ENV AUTHOR=""
        # expect: DL3051
        LABEL authors=$AUTHOR
        """);
  }

  @Test
  void formats() {
    assertThat(LabelNotUrl.isUrl("mailto:jane@example.com")).isTrue();
    assertThat(LabelNotUrl.isUrl("https://exa mple.com")).isFalse();
    assertThat(LabelNotUrl.isUrl("http:")).isFalse();
    assertThat(LabelNotRfc3339.isRfc3339("2024-05-01t12:00:00z")).isTrue();
    assertThat(LabelNotRfc3339.isRfc3339("2024-05-01T12:00Z")).isFalse();
    assertThat(LabelNotRfc3339.isRfc3339("2024-02-30T12:00:00Z")).isFalse();
    assertThat(LabelNotRfc3339.isRfc3339("2024-05-01T12:00:00")).isFalse();
    assertThat(LabelNotSpdx.isLicenseId("Apache-2.0")).isTrue();
    assertThat(LabelNotSpdx.isLicenseId("GPL-3.0")).isTrue(); // deprecated, still an id
    assertThat(LabelNotSpdx.isLicenseId("MIT OR Apache-2.0")).isFalse();
    assertThat(LabelNotEmail.isEmail("\"jane doe\"@example.com")).isTrue();
    assertThat(LabelNotEmail.isEmail("jane@[192.0.2.1]")).isTrue();
    assertThat(LabelNotEmail.isEmail("jane..doe@example.com")).isFalse();
    assertThat(LabelNotEmail.isEmail("jane@")).isFalse();
  }

  @Test
  void nothingWithoutASchema() {
    RuleTester.of(new EmptyLabel(), new LabelNotUrl(), new LabelNotSemver()).checkClean("""
        FROM alpine:3.20
        LABEL authors="" source=nope version=v1
        """);
  }

  @Test
  void documentationExamples() {
    RuleTester.of(new EmptyLabel(), new LabelNotUrl(), new LabelNotRfc3339(), new LabelNotSpdx(),
        new LabelNotGitHash(), new LabelNotSemver(), new LabelNotEmail())
        .checkDocumentationExamples();
  }
}
