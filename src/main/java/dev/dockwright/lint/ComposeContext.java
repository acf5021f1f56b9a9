package dev.dockwright.lint;

import dev.dockwright.compose.Build;
import dev.dockwright.compose.ComposeFile;
import dev.dockwright.compose.ComposeProject;
import dev.dockwright.compose.Interpolation;
import dev.dockwright.compose.ResolvedBuild;
import dev.dockwright.lint.config.LintConfig;
import dev.dockwright.model.DockerfileModel;
import dev.dockwright.syntax.Range;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a {@link ComposeRule} sees while checking one Compose file, and where it reports: the
 * parsed file ({@link #compose()}), and what it refers to on disk ({@link #resolve},
 * {@link #model}: the Dockerfiles its services build, parsed into the semantic model once per
 * file and shared by every rule).
 */
public final class ComposeContext {

  private final SourceFile file;
  private final ComposeFile compose;
  private final ComposeProject project;
  private final LintConfig config;
  private final RuleInfo rule;
  private final List<Finding> findings = new ArrayList<>();

  ComposeContext(SourceFile file, ComposeFile compose, ComposeProject project, LintConfig config,
      RuleInfo rule) {
    this.file = file;
    this.compose = compose;
    this.project = project;
    this.config = config;
    this.rule = rule;
  }

  public SourceFile file() {
    return file;
  }

  public ComposeFile compose() {
    return compose;
  }

  public LintConfig config() {
    return config;
  }

  public RuleInfo rule() {
    return rule;
  }

  /** Compose's {@code ${VAR:-default}} interpolation with the project's {@code .env}. */
  public Interpolation interpolation() {
    return project.interpolation();
  }

  /** Where a service's build points on disk; empty when that cannot be known. */
  public Optional<ResolvedBuild> resolve(Build build) {
    return project.resolve(build);
  }

  /** The model of the Dockerfile a build uses, when it exists and parses. */
  public Optional<DockerfileModel> model(Build build) {
    return project.model(build);
  }

  /** The source text a range covers. */
  public String text(Range range) {
    return range.text(file.text());
  }

  /** Reports a problem at {@code range} with the rule's summary as message. */
  public void report(Range range) {
    report(range, rule.summary());
  }

  public void report(Range range, String message) {
    findings.add(new Finding(rule.code(), rule.defaultSeverity(), message, file.name(), range,
        Optional.empty()));
  }

  public void report(Range range, String message, Fix fix) {
    findings.add(new Finding(rule.code(), rule.defaultSeverity(), message, file.name(), range,
        Optional.of(fix)));
  }

  List<Finding> findings() {
    return findings;
  }
}
