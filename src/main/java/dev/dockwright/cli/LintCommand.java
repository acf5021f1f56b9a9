package dev.dockwright.cli;

import dev.dockwright.fix.Fixer;
import dev.dockwright.io.AtomicFiles;
import dev.dockwright.io.UnifiedDiff;
import dev.dockwright.io.UserException;
import dev.dockwright.lint.CheckOptions;
import dev.dockwright.lint.DockerfileFinder;
import dev.dockwright.lint.FileKind;
import dev.dockwright.lint.Finding;
import dev.dockwright.lint.LintOptions;
import dev.dockwright.lint.LintResult;
import dev.dockwright.lint.Linter;
import dev.dockwright.lint.RuleRegistry;
import dev.dockwright.lint.Severity;
import dev.dockwright.lint.SourceFile;
import dev.dockwright.lint.config.ConfigResolver;
import dev.dockwright.lint.config.LintConfig;
import dev.dockwright.report.ReportFormat;
import dev.dockwright.rules.BuiltinRules;
import dev.dockwright.rules.shellcheck.ShellCheckRule;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code dockwright lint}: a thin shell over {@link Linter} and the reports. Exit codes: 0 clean,
 * 1 findings at or above the failure threshold, 2 usage or input error (missing file, directory
 * without Dockerfiles, binary or non-UTF-8 input, a Dockerfile that does not parse, invalid
 * config), 3 a bug of ours.
 */
@Command(
    name = "lint",
    mixinStandardHelpOptions = true,
    description = {
        "Check Dockerfiles (hadolint's and BuildKit's rules, ShellCheck on RUN scripts when"
            + " installed, and dockwright's own) and Compose files.",
        "",
        "Directories are searched for Dockerfile, Containerfile, Dockerfile.*, *.Dockerfile,"
            + " *.Containerfile, compose.yaml, compose.*.yaml, docker-compose.yml and"
            + " docker-compose.*.yml (.yml or .yaml); a *.yml/*.yaml file given is read as a"
            + " Compose file; '-' reads standard input.",
        "Config: --config FILE, else the nearest .dockwright.yaml or .hadolint.yaml from the"
            + " file's directory upwards.",
        "",
        "Exit status: 0 clean, 1 findings at or above the failure threshold, 2 usage or input"
            + " error."})
public class LintCommand implements Callable<Integer> {

  /** The rules a run uses: the built-in ones, or fixture rules in tests (Main.run). */
  private final Supplier<RuleRegistry> registry;

  public LintCommand() {
    this(BuiltinRules::registry);
  }

  LintCommand(Supplier<RuleRegistry> registry) {
    this.registry = registry;
  }

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE|DIR|-", arity = "0..*",
      description = "Dockerfiles, Compose files or directories to lint (default: the current"
          + " directory).")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "Output format: tty, json, sarif, checkstyle, junit, gnu, github"
          + " (default: ${DEFAULT-VALUE}).")
  String format = "tty";

  @Option(names = "--failure-threshold", paramLabel = "LEVEL",
      description = "Fail on findings at this level or above: error, warning, info, style, none"
          + " (default: info, or the config's failure-threshold).")
  String failureThreshold;

  @Option(names = "--ignore", paramLabel = "CODE",
      description = "Ignore a rule by code or name; repeatable, or comma-separated.")
  List<String> ignore = new ArrayList<>();

  @Option(names = "--no-fail", description = "Exit 0 even when findings reach the threshold.")
  boolean noFail;

  @Option(names = "--config", paramLabel = "FILE",
      description = "Use this config file instead of looking for one.")
  Path config;

  @Option(names = "--target", paramLabel = "STAGE",
      description = "The stage that is built (default: the last one).")
  String target;

  @Option(names = "--build-arg", paramLabel = "NAME=VALUE",
      description = "A build argument; BUILDKIT_DOCKERFILE_CHECK replaces the # check= directive.")
  List<String> buildArgs = new ArrayList<>();

  @Option(names = "--stdin-filename", paramLabel = "NAME",
      description = "The name to show for standard input (default: -).")
  String stdinFilename;

  @Option(names = "--fix", description = "Apply the safe fixes (files are rewritten in place,"
      + " atomically; with '-' the fixed text goes to standard output).")
  boolean fix;

  @Option(names = "--unsafe-fixes", description = "With --fix, also apply fixes that need review.")
  boolean unsafeFixes;

  @Option(names = "--diff", description = "With --fix, print a unified diff instead of writing.")
  boolean diff;

  @Option(names = "--no-shellcheck",
      description = "Do not run ShellCheck on RUN scripts (default: run it when installed).")
  boolean noShellcheck;

  @Option(names = "--one-per-problem",
      description = "Where rules of hadolint, BuildKit and dockwright report the same problem on"
          + " a line, show it once (the most severe; on a tie dockwright's, then hadolint's)."
          + " Default: every rule reports, or the config's one-per-problem.")
  boolean onePerProblem;

  @Option(names = "--color", paramLabel = "WHEN",
      description = "Colour the tty format: auto, always, never (default: ${DEFAULT-VALUE});"
          + " auto means when writing to a terminal and NO_COLOR is unset.")
  String color = "auto";

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ReportFormat reportFormat = ReportFormat.parse(format)
        .orElseThrow(() -> usage("unknown format '" + format
            + "' (expected tty, json, sarif, checkstyle, junit, gnu or github)"));
    Optional<Severity> threshold = Optional.ofNullable(failureThreshold).map(t -> {
      Severity s = Severity.parse(t);
      if (s == null) {
        throw usage("unknown failure threshold '" + t
            + "' (expected error, warning, info, style or none)");
      }
      return s;
    });
    if (!List.of("auto", "always", "never").contains(color)) {
      throw usage("unknown --color value '" + color + "' (expected auto, always or never)");
    }
    if ((unsafeFixes || diff) && !fixing()) {
      throw usage("--unsafe-fixes and --diff go with --fix");
    }
    LintOptions options = new LintOptions(checkOverride(), Optional.ofNullable(target), buildArgMap());
    List<String> ignored = splitCodes(ignore);

    RuleRegistry rules = registry.get();
    Linter linter = new Linter(rules);
    ConfigResolver configs = new ConfigResolver(Optional.ofNullable(config));

    List<LintResult> results = new ArrayList<>();
    boolean inputError = false;
    boolean failed = false;
    boolean noColorConfig = false;
    List<SourceFile> files = new ArrayList<>();
    List<LintConfig> fileConfigs = new ArrayList<>();
    for (Input input : expand(inputs.isEmpty() ? List.of(".") : inputs, err)) {
      if (input == null) {
        inputError = true;
        continue;
      }
      LintConfig fileConfig = configs.forDirectory(input.configDirectory()).withIgnored(ignored);
      if (threshold.isPresent()) {
        fileConfig = fileConfig.withFailureThreshold(threshold.get());
      }
      if (noFail) {
        fileConfig = fileConfig.withNoFail(true);
      }
      if (noShellcheck) {
        fileConfig = fileConfig.withShellcheck(false);
      }
      if (onePerProblem) {
        fileConfig = fileConfig.withOnePerProblem(true);
      }
      noColorConfig |= fileConfig.noColor().orElse(false);
      try {
        files.add(input.read());
        fileConfigs.add(fileConfig);
      } catch (UserException e) {
        err.println("dockwright: " + e.getMessage());
        inputError = true;
      }
    }
    boolean shellcheckSkipped = checkScriptsAhead(rules, files, fileConfigs, options);
    for (int i = 0; i < files.size(); i++) {
      SourceFile file = files.get(i);
      LintConfig fileConfig = fileConfigs.get(i);
      LintResult result = fixing()
          ? applyFixes(new Fixer(linter), file, fileConfig, options, out, err)
          : linter.lint(file, fileConfig, options);
      results.add(result);
      inputError |= !result.inputErrors().isEmpty();
      for (String internal : result.internalErrors()) {
        err.println("dockwright: internal error: " + internal);
      }
      if (!fileConfig.noFail().orElse(false)) {
        Severity fileThreshold = fileConfig.effectiveFailureThreshold();
        for (Finding f : result.findings()) {
          failed |= f.severity().isAtLeast(fileThreshold);
        }
      }
    }
    boolean useColor = switch (color) {
      case "always" -> true;
      case "never" -> false;
      default -> System.console() != null && System.getenv("NO_COLOR") == null && !noColorConfig;
    };
    reportFormat.reporter(rules, useColor).write(results, out);
    if (shellcheckSkipped) {
      err.println("dockwright: shellcheck not found on PATH: SC checks of RUN scripts skipped"
          + " (install shellcheck, or set shellcheck: false / --no-shellcheck)");
    }

    if (inputError) {
      return ExitCode.USAGE;
    }
    if (results.stream().anyMatch(r -> !r.internalErrors().isEmpty())) {
      return ExitCode.INTERNAL;
    }
    return failed ? ExitCode.FINDINGS : ExitCode.OK;
  }

  /**
   * ShellCheck for several Dockerfiles: checks all their scripts ahead in as few processes as
   * possible, instead of one per file. Returns whether ShellCheck should have run on some file but
   * is not installed (the run then says so once).
   */
  private static boolean checkScriptsAhead(RuleRegistry rules, List<SourceFile> files,
      List<LintConfig> configs, LintOptions options) {
    List<SourceFile> wanted = new ArrayList<>();
    Optional<ShellCheckRule> rule = Optional.empty();
    for (int i = 0; i < files.size(); i++) {
      Optional<ShellCheckRule> applies = shellcheckRule(rules, configs.get(i), files.get(i));
      if (applies.isPresent()) {
        rule = applies;
        wanted.add(files.get(i));
      }
    }
    if (rule.isEmpty()) {
      return false;
    }
    if (!rule.get().available()) {
      return true;
    }
    if (wanted.size() > 1) {
      try {
        rule.get().prefetch(wanted, options);
      } catch (RuntimeException e) {
        // each file then runs ShellCheck itself, and reports what goes wrong as usual
      }
    }
    return false;
  }

  /** The ShellCheck rule, when it is registered and on for this file (a Dockerfile). */
  private static Optional<ShellCheckRule> shellcheckRule(RuleRegistry rules, LintConfig config,
      SourceFile file) {
    if (!config.shellcheck().orElse(true) || FileKind.of(file) != FileKind.DOCKERFILE) {
      return Optional.empty();
    }
    return rules.entries().stream()
        .filter(e -> !config.ignored().contains(e.info().code())
            && !config.ignored().contains(e.info().name()))
        .map(RuleRegistry.Entry::rule)
        .filter(ShellCheckRule.class::isInstance).map(ShellCheckRule.class::cast).findFirst();
  }

  /** Whether fixes are applied: {@code --fix}, or the {@code fix} command. */
  boolean fixing() {
    return fix;
  }

  /** Fixes one file: writes it (or prints the diff, or the text for stdin); returns what remains. */
  private LintResult applyFixes(Fixer fixer, SourceFile file, LintConfig config, LintOptions options,
      PrintWriter out, PrintWriter err) {
    Fixer.Outcome outcome = fixer.fix(file, config, options, unsafeFixes);
    if (diff) {
      if (outcome.changed(file.text())) {
        out.print(UnifiedDiff.diff(file.name(), file.name(), file.text(), outcome.text()));
      }
    } else if (file.path().isEmpty()) {
      out.print(outcome.text());
    } else if (outcome.changed(file.text())) {
      try {
        AtomicFiles.writeString(file.path().get(), outcome.text(), AtomicFiles.Mode.REPLACE);
      } catch (IOException e) {
        throw new UserException(file.name() + ": cannot write the fixed file: " + e.getMessage());
      }
    }
    if (!outcome.applied().isEmpty()) {
      err.println(file.name() + ": " + (diff ? "would fix " : "fixed ") + outcome.applied().size()
          + " finding" + (outcome.applied().size() == 1 ? "" : "s") + " ("
          + String.join(", ", outcome.applied().stream().map(Finding::code).distinct().toList()) + ")");
    }
    return outcome.remaining();
  }

  private java.util.Map<String, String> buildArgMap() {
    java.util.Map<String, String> map = new java.util.LinkedHashMap<>();
    for (String arg : buildArgs) {
      int eq = arg.indexOf('=');
      if (eq > 0) {
        map.put(arg.substring(0, eq), arg.substring(eq + 1));
      } else {
        // `--build-arg NAME` takes the value from the environment, as docker build does
        String value = System.getenv(arg);
        if (value != null) {
          map.put(arg, value);
        }
      }
    }
    return map;
  }

  /** A file to lint, from disk or stdin. */
  private record Input(Optional<Path> path, String name) {
    SourceFile read() {
      return path.isPresent() ? SourceFile.read(path.get(), name) : SourceFile.read(System.in, name);
    }

    Path configDirectory() {
      Path base = path.orElseGet(() -> Path.of(name));
      Path parent = base.toAbsolutePath().getParent();
      return parent != null ? parent : Path.of("").toAbsolutePath();
    }
  }

  /** The files of every argument, deduplicated; a null entry stands for an argument that failed. */
  private List<Input> expand(List<String> arguments, PrintWriter err) {
    List<Input> out = new ArrayList<>();
    Set<Path> seen = new LinkedHashSet<>();
    boolean stdinTaken = false;
    for (String argument : arguments) {
      if (argument.equals("-")) {
        if (!stdinTaken) {
          String name = stdinFilename != null ? stdinFilename : "-";
          out.add(new Input(Optional.empty(), name));
          stdinTaken = true;
        }
        continue;
      }
      try {
        for (DockerfileFinder.Found found : DockerfileFinder.find(argument)) {
          if (seen.add(found.path().toAbsolutePath().normalize())) {
            out.add(new Input(Optional.of(found.path()), found.name()));
          }
        }
      } catch (UserException e) {
        err.println("dockwright: " + e.getMessage());
        out.add(null);
      }
    }
    return out;
  }

  private Optional<CheckOptions> checkOverride() {
    Optional<CheckOptions> override = Optional.empty();
    for (String arg : buildArgs) {
      int eq = arg.indexOf('=');
      String name = eq < 0 ? arg : arg.substring(0, eq);
      if (name.equals(LintOptions.CHECK_BUILD_ARG)) {
        String value = eq < 0 ? "" : arg.substring(eq + 1);
        try {
          override = Optional.of(CheckOptions.parse(value));
        } catch (CheckOptions.InvalidCheckOptions e) {
          throw usage("failed to parse build-arg:" + LintOptions.CHECK_BUILD_ARG + ": "
              + e.getMessage());
        }
      }
    }
    return override;
  }

  private static List<String> splitCodes(List<String> values) {
    List<String> out = new ArrayList<>();
    for (String value : values) {
      for (String code : value.split(",")) {
        if (!code.isBlank()) {
          out.add(code.strip());
        }
      }
    }
    return out;
  }

  private UserException usage(String message) {
    return new UserException(message, ExitCode.USAGE);
  }
}
