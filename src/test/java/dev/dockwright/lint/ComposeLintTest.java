package dev.dockwright.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.lint.config.LintConfig;
import dev.dockwright.lint.demo.DemoLatestTag;
import dev.dockwright.rules.BuiltinRules;
import dev.dockwright.rules.compose.ComposeVersionObsolete;
import dev.dockwright.rules.compose.DatabasePortPublished;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The engine on Compose files: dispatch by kind, input errors, configuration and pragmas. */
class ComposeLintTest {

  private final Linter linter = new Linter(RuleRegistry.of(new DemoLatestTag(),
      new ComposeVersionObsolete(), new DatabasePortPublished()));

  private LintResult lint(String name, String text, LintConfig config) {
    return linter.lint(SourceFile.of(name, text), config, LintOptions.DEFAULT);
  }

  @Test
  void eachKindOfRuleRunsOnItsKindOfFileOnly() {
    LintResult compose = lint("docker-compose.prod.yml",
        "version: '3'\nservices:\n  web:\n    image: python:latest\n", LintConfig.DEFAULTS);
    assertThat(compose.findings()).extracting(Finding::code).containsExactly("DW6001");
    LintResult dockerfile = lint("Dockerfile", "FROM python:latest\n", LintConfig.DEFAULTS);
    assertThat(dockerfile.findings()).extracting(Finding::code).containsExactly("DW9001");
    assertThat(FileKind.of("stack.yaml")).isEqualTo(FileKind.COMPOSE);
    assertThat(FileKind.of("dir/Dockerfile.yaml-tools")).isEqualTo(FileKind.DOCKERFILE);
    assertThat(FileKind.isComposeName("docker-compose.override.yaml")).isTrue();
    assertThat(FileKind.isComposeName("compose.yml")).isTrue();
    assertThat(FileKind.isComposeName("mkdocs.yml")).isFalse();
    assertThat(BuiltinRules.registry().find("DW6001").orElseThrow().info().files())
        .isEqualTo(FileKind.COMPOSE);
  }

  @Test
  void aFileComposeWouldRefuseIsAnInputErrorWithAPosition() {
    LintResult r = lint("compose.yaml", "version: '3'\nservices:\n  web:\n    image: [x\n",
        LintConfig.DEFAULTS);
    assertThat(r.findings()).isEmpty(); // no rule runs on it
    assertThat(r.inputErrors()).singleElement().satisfies(e -> {
      assertThat(e.code()).isEqualTo("DW6000");
      assertThat(e.severity()).isEqualTo(Severity.ERROR);
      assertThat(e.line()).isEqualTo(5);
    });
    assertThat(BuiltinRules.registry().info("DW6000").name()).isEqualTo("ComposeSyntaxError");
  }

  @Test
  void pragmasAboveOnAndAnywhereInTheFile() {
    String text = """
        services:
          db:
            image: postgres:16
            ports:
              # dockwright ignore=DW6004 # published on purpose for the local GUI
              - "5432:5432"
              - "5433:5432"  # dockwright ignore=DatabasePortPublished
              - "5434:5432"
        """;
    assertThat(lint("compose.yaml", text, LintConfig.DEFAULTS).findings())
        .extracting(Finding::line).containsExactly(8);
    assertThat(lint("compose.yaml", "# hadolint global ignore=DW6004\n" + text,
        LintConfig.DEFAULTS).findings()).isEmpty();
    assertThat(lint("compose.yaml", text, LintConfig.DEFAULTS.withDisableIgnorePragma(true))
        .findings()).hasSize(3);
  }

  @Test
  void configurationIgnoresAndOverridesComposeRules() {
    String text = "version: '3'\nservices:\n  db:\n    image: redis:7\n    ports: [\"6379:6379\"]\n";
    assertThat(lint("compose.yaml", text, LintConfig.DEFAULTS.withIgnored(List.of("DW6001")))
        .findings()).extracting(Finding::code).containsExactly("DW6004");
    assertThat(lint("compose.yaml", text, LintConfig.DEFAULTS.withSeverity("DW6004", Severity.OFF)
        .withSeverity("ComposeVersionObsolete", Severity.ERROR)).findings())
        .extracting(Finding::code, Finding::severity)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("DW6001", Severity.ERROR));
  }
}
