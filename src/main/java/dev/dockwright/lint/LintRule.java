package dev.dockwright.lint;

/**
 * A lint rule of either kind: {@link Rule} checks Dockerfiles, {@link ComposeRule} checks Compose
 * files. The kind is the rule's declaration of what it reads; the {@link Linter} runs each rule on
 * files of its kind only, and everything else (metadata, configuration, pragmas, reports) is the
 * same for both.
 */
public sealed interface LintRule permits Rule, ComposeRule {

  /** The kind of file a rule of this class checks. */
  static FileKind kindOf(Class<?> ruleClass) {
    return ComposeRule.class.isAssignableFrom(ruleClass) ? FileKind.COMPOSE : FileKind.DOCKERFILE;
  }
}
