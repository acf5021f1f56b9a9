package dev.dockwright.lint;

import dev.dockwright.compose.ComposeParser;
import dev.dockwright.compose.ComposeProject;
import dev.dockwright.lint.config.LintConfig;
import dev.dockwright.model.DockerfileModel;
import dev.dockwright.model.ModelOptions;
import dev.dockwright.syntax.Diagnostic;
import dev.dockwright.syntax.Directive;
import dev.dockwright.syntax.DockerfileParser;
import dev.dockwright.syntax.ParseResult;
import dev.dockwright.syntax.Range;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs the rules of a {@link RuleRegistry} over one parsed file and applies, in order:
 *
 * <ol>
 *   <li>configuration: rules in {@code ignored} (or {@code --ignore}) and rules whose configured
 *       severity is {@code off} do not run; experimental rules run only when configured with a
 *       severity or enabled by BuildKit's {@code experimental=};
 *   <li>BuildKit's check configuration: the {@code BUILDKIT_DOCKERFILE_CHECK} build argument, else
 *       the {@code # check=} directive; a {@code # check=} comment above an instruction is merged
 *       on top for findings in that instruction (see {@link CheckOptions});
 *   <li>inline pragmas ({@code # hadolint ignore=}, {@code # dockwright ignore=}, the
 *       {@code global} forms) unless {@code disable-ignore-pragma} (see {@link Suppressions});
 *   <li>severity: the configured one, else the rule's default; with {@code # check=error=true}
 *       BuildKit checks become errors (the build would fail on them);
 *   <li>with {@code one-per-problem}, one finding of each group of overlapping ones on a line
 *       (see {@link OnePerProblem}).
 * </ol>
 *
 * <p>A file that does not parse (or has an invalid {@code # check=} directive) gets
 * {@link LintResult#inputErrors()} and no rule runs on it. Thread-safe; never throws for bad input.
 */
public final class Linter {

  private final RuleRegistry registry;

  public Linter(RuleRegistry registry) {
    this.registry = registry;
  }

  public RuleRegistry registry() {
    return registry;
  }

  /** Parses and lints a file: a Dockerfile, or a Compose file (by its name, see {@link FileKind}). */
  public LintResult lint(SourceFile file, LintConfig config, LintOptions options) {
    if (FileKind.of(file) == FileKind.COMPOSE) {
      return lintCompose(file, config);
    }
    return lint(file, DockerfileParser.parse(file.name(), file.text()), config, options);
  }

  /**
   * Lints a Compose file with the {@link ComposeRule}s. A file docker compose would refuse gets
   * {@link LintResult#inputErrors()} ({@code DW6000}, with positions) and no rule runs on it.
   * Configuration and ignore pragmas apply as for Dockerfiles; BuildKit's check directives do not.
   */
  public LintResult lintCompose(SourceFile file, LintConfig config) {
    ComposeParser.Result parsed = ComposeParser.parse(file.name(), file.text());
    if (parsed.file().isEmpty()) {
      List<Finding> errors = new ArrayList<>();
      for (ComposeParser.Problem p : parsed.problems()) {
        errors.add(new Finding(RuleRegistry.COMPOSE_ERROR.code(), Severity.ERROR, p.message(),
            file.name(), p.range(), Optional.empty()));
      }
      return new LintResult(file, List.of(), errors, List.of());
    }
    ComposeProject project = new ComposeProject(file.path().map(p -> file.directory()));
    ComposeSuppressions suppressions = ComposeSuppressions.of(file.text());
    List<Finding> findings = new ArrayList<>();
    List<String> internalErrors = new ArrayList<>();
    for (RuleRegistry.Entry entry : registry.entries()) {
      RuleInfo info = entry.info();
      if (!(entry.rule() instanceof ComposeRule rule) || isIgnored(info, config)
          || configured(info, config) == Severity.OFF
          || info.experimental() && configured(info, config) == null) {
        continue;
      }
      ComposeContext context = new ComposeContext(file, parsed.file().get(), project, config, info);
      try {
        rule.check(context);
      } catch (RuntimeException | StackOverflowError e) {
        internalErrors.add("rule " + info.code() + " failed on " + file.name() + ": " + e);
        continue;
      }
      for (Finding finding : context.findings()) {
        if (config.disableIgnorePragma() || !suppressions.ignores(info, finding.line())) {
          Severity configured = configured(info, config);
          findings.add(configured != null ? finding.withSeverity(configured) : finding);
        }
      }
    }
    return new LintResult(file, assemble(findings, config), List.of(), internalErrors);
  }

  /** Lints a Dockerfile that has been parsed, with the Dockerfile {@link Rule}s. */
  public LintResult lint(SourceFile file, ParseResult parsed, LintConfig config,
      LintOptions options) {
    List<Finding> inputErrors = new ArrayList<>();
    for (Diagnostic error : parsed.errors()) {
      inputErrors.add(inputError(file, error.message(), error.range()));
    }
    if (!inputErrors.isEmpty()) {
      return new LintResult(file, List.of(), inputErrors, List.of());
    }
    CheckOptions fileCheck;
    if (options.checkOverride().isPresent()) {
      fileCheck = options.checkOverride().get();
    } else {
      Optional<Directive> directive = parsed.dockerfile().directive("check");
      try {
        fileCheck = directive.isPresent()
            ? CheckOptions.parse(firstWord(directive.get().value())) : CheckOptions.NONE;
      } catch (CheckOptions.InvalidCheckOptions e) {
        inputErrors.add(inputError(file, "failed to parse check options: " + e.getMessage(),
            directive.get().valueRange()));
        return new LintResult(file, List.of(), inputErrors, List.of());
      }
    }

    Suppressions suppressions = Suppressions.of(parsed.dockerfile());
    Supplier<DockerfileModel> model = memoize(() -> DockerfileModel.of(parsed, modelOptions(file, options)));
    List<Finding> findings = new ArrayList<>();
    List<String> internalErrors = new ArrayList<>();
    for (RuleRegistry.Entry entry : registry.entries()) {
      RuleInfo info = entry.info();
      if (!(entry.rule() instanceof Rule rule) || !shouldRun(info, config, fileCheck, suppressions)) {
        continue;
      }
      RuleContext context = new RuleContext(file, parsed, config, info, model);
      try {
        rule.check(context);
      } catch (RuntimeException | StackOverflowError e) {
        internalErrors.add("rule " + info.code() + " failed on " + file.name() + ": " + e);
        continue;
      }
      for (Finding finding : context.findings()) {
        RuleInfo findingInfo = finding.code().equals(info.code()) ? info
            : registry.info(finding.code());
        keep(finding, findingInfo, config, fileCheck, suppressions).ifPresent(findings::add);
      }
    }
    return new LintResult(file, assemble(findings, config), List.of(), internalErrors);
  }

  /**
   * The findings of a file as reported: in file order, and with {@code one-per-problem} one of each
   * group of overlapping findings on a line ({@link OnePerProblem}). Every report format and
   * {@code fix} see this list.
   */
  private List<Finding> assemble(List<Finding> findings, LintConfig config) {
    if (config.onePerProblem()) {
      return OnePerProblem.keep(findings, registry);
    }
    findings.sort(Finding.ORDER);
    return findings;
  }

  /** The model options a file is linted with: build args, target, its directory as context. */
  public static ModelOptions modelOptions(SourceFile file, LintOptions options) {
    ModelOptions base = ModelOptions.defaults()
        .withBuildArgs(options.buildArgs())
        .withTarget(options.target().orElse(null));
    return file.path().isPresent() ? base.withContextDir(file.directory()) : base;
  }

  /** One model per file, built by the first rule that asks for it. */
  private static <T> Supplier<T> memoize(Supplier<T> supplier) {
    return new Supplier<>() {
      private T value;

      @Override
      public synchronized T get() {
        if (value == null) {
          value = supplier.get();
        }
        return value;
      }
    };
  }

  private static boolean shouldRun(RuleInfo info, LintConfig config, CheckOptions fileCheck,
      Suppressions suppressions) {
    if (isIgnored(info, config)) {
      return false;
    }
    Severity configured = configured(info, config);
    if (configured == Severity.OFF) {
      return false;
    }
    if (info.experimental()) {
      return configured != null || fileCheck.enables(info)
          || suppressions.anyCheck(c -> fileCheck.merge(c).enables(info));
    }
    // Instruction-level comments only add skips, so a rule the file skips cannot come back.
    return fileCheck.enables(info);
  }

  private static Optional<Finding> keep(Finding finding, RuleInfo info, LintConfig config,
      CheckOptions fileCheck, Suppressions suppressions) {
    if (isIgnored(info, config)) {
      return Optional.empty();
    }
    Severity configured = configured(info, config);
    if (configured == Severity.OFF) {
      return Optional.empty();
    }
    if (!config.disableIgnorePragma() && suppressions.ignores(info, finding.line())) {
      return Optional.empty();
    }
    CheckOptions check = suppressions.scopeAt(finding.line())
        .flatMap(Suppressions.Scope::check).map(fileCheck::merge).orElse(fileCheck);
    boolean enabled = info.experimental() && configured != null || check.enables(info);
    if (!enabled) {
      return Optional.empty();
    }
    Severity severity = configured != null ? configured : finding.severity();
    if (fileCheck.error() && info.origin() == Origin.BUILDKIT) {
      severity = Severity.ERROR;
    }
    return Optional.of(finding.withSeverity(severity));
  }

  private static boolean isIgnored(RuleInfo info, LintConfig config) {
    return config.ignored().contains(info.code()) || config.ignored().contains(info.name());
  }

  /** The configured severity (by code, else by name), or null. */
  private static Severity configured(RuleInfo info, LintConfig config) {
    Severity byCode = config.severities().get(info.code());
    return byCode != null ? byCode : config.severities().get(info.name());
  }

  private static Finding inputError(SourceFile file, String message, Range range) {
    return new Finding(RuleRegistry.PARSE_ERROR.code(), Severity.ERROR, message, file.name(), range,
        Optional.empty());
  }

  /** BuildKit cuts the directive's value at the first space ({@code skip=all // why}). */
  private static String firstWord(String value) {
    int space = value.indexOf(' ');
    return space < 0 ? value : value.substring(0, space);
  }
}
