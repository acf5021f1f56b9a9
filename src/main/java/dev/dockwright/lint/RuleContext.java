package dev.dockwright.lint;

import dev.dockwright.lint.config.LintConfig;
import dev.dockwright.model.DockerfileModel;
import dev.dockwright.syntax.Dockerfile;
import dev.dockwright.syntax.ParseResult;
import dev.dockwright.syntax.Range;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What a rule sees while checking one file, and where it reports. One context per rule and file.
 *
 * <p>Rules should ask questions of the semantic model ({@link #model()}: stages, ARG/ENV scopes,
 * parsed RUN commands) rather than of raw text; the syntax tree ({@link #dockerfile()}) is there
 * for rules about how the file is written (casing, continuations, comments).
 */
public final class RuleContext {

  private final SourceFile file;
  private final ParseResult parsed;
  private final LintConfig config;
  private final RuleInfo rule;
  private final Supplier<DockerfileModel> model;
  private final List<Finding> findings = new ArrayList<>();

  RuleContext(SourceFile file, ParseResult parsed, LintConfig config, RuleInfo rule,
      Supplier<DockerfileModel> model) {
    this.file = file;
    this.parsed = parsed;
    this.config = config;
    this.rule = rule;
    this.model = model;
  }

  /** The file being linted: its name as given, its text. */
  public SourceFile file() {
    return file;
  }

  /** The lossless syntax tree of the file. */
  public Dockerfile dockerfile() {
    return parsed.dockerfile();
  }

  /** The parser's output including its warnings (e.g. empty continuation lines). */
  public ParseResult parseResult() {
    return parsed;
  }

  /**
   * The semantic model of the file: stages, scopes, typed steps, parsed RUN scripts. Built once
   * per file on first use and shared by every rule.
   */
  public DockerfileModel model() {
    return model.get();
  }

  /** Settings rules read: trusted registries, label schema, strict labels. */
  public LintConfig config() {
    return config;
  }

  /** The metadata of the rule being run. */
  public RuleInfo rule() {
    return rule;
  }

  /** The source text a range covers. */
  public String text(Range range) {
    return range.text(file.text());
  }

  /** Reports a problem at {@code range} with the rule's summary as message. */
  public void report(Range range) {
    report(range, rule.summary());
  }

  /** Reports a problem at {@code range}. */
  public void report(Range range, String message) {
    add(rule.code(), range, message, Optional.empty());
  }

  /** Reports a problem at {@code range} with an automatic fix. */
  public void report(Range range, String message, Fix fix) {
    add(rule.code(), range, message, Optional.of(fix));
  }

  /**
   * Reports under another code, for a rule that forwards another tool's findings (ShellCheck's
   * {@code SCxxxx}); configuration and pragmas then apply to that code.
   */
  public void reportAs(String code, Severity severity, Range range, String message) {
    findings.add(new Finding(code, severity, message, file.name(), range, Optional.empty()));
  }

  private void add(String code, Range range, String message, Optional<Fix> fix) {
    findings.add(new Finding(code, rule.defaultSeverity(), message, file.name(), range, fix));
  }

  List<Finding> findings() {
    return findings;
  }
}
