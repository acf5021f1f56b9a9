package dev.dockwright.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dockwright.lint.demo.DemoLatestTag;
import dev.dockwright.lint.demo.DemoMaintainer;
import dev.dockwright.rules.BuiltinRules;
import org.junit.jupiter.api.Test;

/** Severity, Origin and RuleInfo: the vocabulary every rule and report uses. */
class MetadataTest {

  @Test
  void severityOrderAndParsing() {
    assertThat(Severity.ERROR.isAtLeast(Severity.WARNING)).isTrue();
    assertThat(Severity.STYLE.isAtLeast(Severity.INFO)).isFalse();
    assertThat(Severity.INFO.isAtLeast(Severity.INFO)).isTrue();
    assertThat(Severity.ERROR.isAtLeast(Severity.OFF)).isFalse();
    assertThat(Severity.parse(" Warning ")).isEqualTo(Severity.WARNING);
    assertThat(Severity.parse("ignore")).isEqualTo(Severity.OFF);
    assertThat(Severity.parse("none")).isEqualTo(Severity.OFF);
    assertThat(Severity.parse("fatal")).isNull();
  }

  @Test
  void buildKitDocsUrlsAreKebabCaseNames() {
    assertThat(Origin.kebab("JSONArgsRecommended")).isEqualTo("json-args-recommended");
    assertThat(Origin.kebab("FromAsCasing")).isEqualTo("from-as-casing");
    assertThat(Origin.kebab("FromPlatformFlagConstDisallowed"))
        .isEqualTo("from-platform-flag-const-disallowed");
    assertThat(Origin.BUILDKIT.docsUrl("UndefinedVar", "UndefinedVar"))
        .isEqualTo("https://docs.docker.com/go/dockerfile/rule/undefined-var/");
    assertThat(Origin.HADOLINT.docsUrl("DL3008", "x"))
        .isEqualTo("https://github.com/hadolint/hadolint/wiki/DL3008");
    assertThat(Origin.SHELLCHECK.docsUrl("SC2086", "x"))
        .isEqualTo("https://www.shellcheck.net/wiki/SC2086");
  }

  @Test
  void ruleInfoFromTheAnnotation() {
    RuleInfo info = RuleInfo.of(DemoMaintainer.class);
    assertThat(info.code()).isEqualTo("DemoMaintainer");
    assertThat(info.origin()).isEqualTo(Origin.BUILDKIT);
    assertThat(info.fixSafety()).isEqualTo(FixSafety.SAFE);
    assertThat(info.url()).endsWith("/maintainer-deprecated/");
    assertThat(RuleInfo.of(DemoLatestTag.class).url()).endsWith("/docs/rules/DW9001.md");
    assertThat(info.isCalled("DemoMaintainer")).isTrue();
    assertThatThrownBy(() -> RuleInfo.of(String.class)).hasMessageContaining("no @RuleSpec");
  }

  @Test
  void registryLooksUpByCodeOrNameAndDescribesForwardedCodes() {
    RuleRegistry registry = RuleRegistry.of(new DemoLatestTag());
    assertThat(registry.find("DemoLatestTag")).isPresent();
    assertThat(registry.find("DW9001")).isPresent();
    assertThat(registry.info("DL1000")).isEqualTo(RuleRegistry.PARSE_ERROR);
    assertThat(registry.info("SC2086").origin()).isEqualTo(Origin.SHELLCHECK);
    assertThat(BuiltinRules.registry().entries()).allSatisfy(e -> assertThat(e.info()).isNotNull());
  }
}
