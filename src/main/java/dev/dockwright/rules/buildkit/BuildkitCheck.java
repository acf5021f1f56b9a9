package dev.dockwright.rules.buildkit;

import dev.dockwright.lint.CheckOptions;
import dev.dockwright.lint.Finding;
import dev.dockwright.lint.LintOptions;
import dev.dockwright.lint.LintResult;
import dev.dockwright.lint.Linter;
import dev.dockwright.lint.Origin;
import dev.dockwright.lint.RuleRegistry;
import dev.dockwright.lint.SourceFile;
import dev.dockwright.lint.config.LintConfig;
import dev.dockwright.model.DockerfileModel;
import dev.dockwright.model.ModelOptions;
import dev.dockwright.syntax.Directive;
import dev.dockwright.syntax.ParseResult;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Runs BuildKit's build checks the way {@code docker build --check} does: the warnings of every
 * stage, and the error the check request fails with. That error is a parse or build error BuildKit
 * stops at (then only the warnings found before it are reported, as BuildKit reports them), or,
 * with {@code # check=error=true}, {@code lint violation found for rules: ...} when any check
 * fired.
 *
 * <pre>{@code
 * SourceFile file = SourceFile.read(path, "Dockerfile");
 * BuildkitCheck.Result r = BuildkitCheck.run(file, DockerfileParser.parse(file.name(), file.text()),
 *     LintOptions.DEFAULT);
 * r.warnings();  // findings of BuildKit's rules, in file order
 * r.error();     // e.g. "dockerfile parse error on line 4: unknown instruction: BADCMD"
 * }</pre>
 */
public final class BuildkitCheck {

  /** What the check request returns: warnings, and the error when it fails. */
  public record Result(List<Finding> warnings, Optional<String> error) {
    public Result {
      warnings = List.copyOf(warnings);
    }
  }

  private static final Linter LINTER = new Linter(RuleRegistry.of(BuildkitRules.all()));

  private BuildkitCheck() {}

  /** Checks a parsed file with BuildKit's rules only and default configuration. */
  public static Result run(SourceFile file, ParseResult parsed, LintOptions options) {
    return run(LINTER, file, parsed, LintConfig.DEFAULTS, options);
  }

  /** Checks a parsed file with {@code linter}'s rules (BuildKit's are the ones that count). */
  public static Result run(Linter linter, SourceFile file, ParseResult parsed, LintConfig config,
      LintOptions options) {
    LintResult lint = linter.lint(file, parsed, config, options);
    if (!lint.inputErrors().isEmpty()) {
      return new Result(List.of(), Optional.of(lint.inputErrors().get(0).message()));
    }
    ModelOptions modelOptions = ModelOptions.defaults().withBuildArgs(options.buildArgs())
        .withTarget(options.target().orElse(null));
    DockerfileModel model = DockerfileModel.of(parsed, modelOptions);
    Optional<BuildErrors.BuildError> error = BuildErrors.first(model);
    List<Finding> warnings = new ArrayList<>();
    for (Finding f : lint.findings()) {
      boolean buildkit = linter.registry().info(f.code()).origin() == Origin.BUILDKIT;
      if (buildkit && (error.isEmpty() || reportedBefore(f, error.get()))) {
        warnings.add(f);
      }
    }
    if (error.isPresent()) {
      return new Result(warnings, Optional.of(error.get().message()));
    }
    if (errorOnWarnings(parsed, options) && !warnings.isEmpty()) {
      Set<String> rules = new LinkedHashSet<>();
      warnings.forEach(f -> rules.add(f.code()));
      return new Result(warnings, Optional.of("lint violation found for rules: "
          + String.join(", ", rules)));
    }
    return new Result(warnings, Optional.empty());
  }

  /** Whether BuildKit reports {@code finding} before it stops at {@code error}. */
  private static boolean reportedBefore(Finding finding, BuildErrors.BuildError error) {
    Phase phase = Phase.of(finding.code());
    int order = phase.compareTo(error.phase());
    return order < 0 || (order == 0 && finding.line() <= error.line());
  }

  /** {@code error=true} from the build argument, else from the directive. */
  private static boolean errorOnWarnings(ParseResult parsed, LintOptions options) {
    if (options.checkOverride().isPresent()) {
      return options.checkOverride().get().error();
    }
    Optional<Directive> directive = parsed.dockerfile().directive("check");
    if (directive.isEmpty()) {
      return false;
    }
    String value = directive.get().value();
    int space = value.indexOf(' ');
    try {
      return CheckOptions.parse(space < 0 ? value : value.substring(0, space)).error();
    } catch (CheckOptions.InvalidCheckOptions e) {
      return false; // the linter has reported it as an input error already
    }
  }
}
