package dev.dockwright.lint;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The metadata and documentation of a rule, declared on its class (one rule per file). Read once
 * per rule by {@link RuleInfo#of(Class)}; {@code dockwright rules explain}, the generated docs and
 * the SARIF rule table all come from here.
 *
 * <pre>{@code
 * @RuleSpec(
 *     code = "DL3007",
 *     name = "LatestTag",
 *     severity = Severity.WARNING,
 *     origin = Origin.HADOLINT,
 *     summary = "Using latest is prone to errors if the image will ever update.",
 *     rationale = "...why it matters...",
 *     bad = "FROM python:latest",
 *     good = "FROM python:3.12-slim",
 *     fix = "Nothing automatic: pick the version you test with.")
 * public final class LatestTag implements Rule { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleSpec {

  /** The stable code: hadolint's {@code DLxxxx}, BuildKit's rule name, or {@code DWxxxx}. */
  String code();

  /** A CamelCase name; for BuildKit rules the same as the code. */
  String name();

  Severity severity();

  Origin origin();

  /** One sentence: what the rule catches. Used as the finding's default message. */
  String summary();

  /** Why it matters: what goes wrong in a build or at run time. */
  String rationale();

  /**
   * A Dockerfile (or fragment) that triggers the rule; a Compose file for a {@link ComposeRule}.
   * Tested: it must trigger.
   */
  String bad();

  /** The same file written well. Tested: it must not trigger. */
  String good();

  /**
   * The configuration ({@code .dockwright.yaml} text) {@link #bad()} and {@link #good()} are
   * checked with, for rules that only report under settings (trusted registries, label schema);
   * empty for the defaults. Say so in the examples too: the docs show them, not this.
   */
  String exampleConfig() default "";

  /** What the automatic fix does; empty when the rule has none. */
  String fix() default "";

  /** Whether the fix may be applied without review; meaningless without {@link #fix()}. */
  FixSafety fixSafety() default FixSafety.NONE;

  /**
   * Off unless enabled explicitly (config, or BuildKit's {@code # check=experimental=...}), as
   * BuildKit's experimental checks are.
   */
  boolean experimental() default false;

  /** The documentation page; empty to derive it from {@link #origin()}. */
  String url() default "";

  /**
   * The build context's {@code .dockerignore} the {@link #bad()} and {@link #good()} examples are
   * checked with, for rules that read it; empty for none.
   */
  String dockerignore() default "";

  /**
   * Files next to the examples, as path and content pairs ({@code {"api/Dockerfile", "FROM
   * python:3.12-slim\n"}}), for rules that read files the checked one refers to (a Compose
   * service's {@code build:} Dockerfile). The examples are checked in a directory holding them.
   */
  String[] exampleFiles() default {};

  /**
   * Codes of rules that report the same problem on the same line (hadolint's, BuildKit's and
   * dockwright's families check some things twice; see docs/lint.md). Declaring it on one side
   * is enough: the registry makes it symmetric. With {@code one-per-problem} only one of the
   * findings is kept.
   */
  String[] overlaps() default {};
}
