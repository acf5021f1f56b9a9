package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.RuleTester;
import dev.dockwright.lint.config.ConfigLoader;
import org.junit.jupiter.api.Test;

class SuperfluousLabelTest {

  private final RuleTester strict = RuleTester.of(new SuperfluousLabel()).config(ConfigLoader.parse(
      "strict-labels: true\nlabel-schema:\n  version: semver\n", null, "test"));

  @Test
  void labelsOutsideTheSchemaOncePerLabelInstruction() {
    strict.check("""
        FROM alpine:3.20
        # expect: DL3050 "`other`"
        LABEL other="bar"
        # expect: DL3050 "`a` and `b`"
        LABEL version="1.0.0" a=1 b=2
        """);
  }

  @Test
  void schemaLabelsAreFine() {
    strict.checkClean("""
        FROM alpine:3.20
        LABEL version="1.0.0"
        """);
  }

  @Test
  void offWithoutStrictLabels() {
    RuleTester.of(new SuperfluousLabel()).config(ConfigLoader.parse(
        "label-schema:\n  version: semver\n", null, "test")).checkClean("""
        FROM alpine:3.20
        LABEL other="bar"
        """);
  }

  @Test
  void documentationExamples() {
    RuleTester.of(new SuperfluousLabel()).checkDocumentationExamples();
  }
}
