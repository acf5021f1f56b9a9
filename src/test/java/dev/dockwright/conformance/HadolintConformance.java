package dev.dockwright.conformance;

import dev.dockwright.lint.Finding;
import dev.dockwright.lint.LintOptions;
import dev.dockwright.lint.LintResult;
import dev.dockwright.lint.Linter;
import dev.dockwright.lint.Origin;
import dev.dockwright.lint.RuleInfo;
import dev.dockwright.lint.RuleRegistry;
import dev.dockwright.lint.SourceFile;
import dev.dockwright.lint.config.LintConfig;
import dev.dockwright.rules.BuiltinRules;
import dev.dockwright.syntax.DockerfileParser;
import dev.dockwright.testsupport.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Runs hadolint's own test assertions ({@code conformance/hadolint/cases.jsonl} in the shared
 * reference data) through dockwright and measures agreement per rule and overall.
 *
 * <p>Each case is linted with every built-in rule, as hadolint's tests run its whole rule engine:
 * rules hadolint has off by default (severity {@code ignore}: DL1001, DL3057) are switched on,
 * inline pragmas are honoured, and the case's configuration fields are mapped onto
 * {@link LintConfig}. A case agrees when the number of findings it counts matches what hadolint's
 * test asserts (see {@link HadolintCase#agreesWith}), or when {@code docs/hadolint-differences.md}
 * lists it as a deliberate difference.
 *
 * <p>{@code main} prints one line per rule and then {@code hadolint-cases N/M agree}; with
 * {@code -v} also every disagreeing case. Optional argument: the cases file (default: the shared
 * data's, located as the tests locate it: {@code DOCKWRIGHT_SHARED} or {@code ../shared}).
 */
public final class HadolintConformance {

  /** The cases file inside the shared reference data. */
  public static final String CASES = "conformance/hadolint/cases.jsonl";

  /** The per-rule agreement an implemented rule must reach. */
  public static final double THRESHOLD = 0.98;

  /** The outcome of one case. */
  public record Outcome(HadolintCase testCase, int counted, boolean agrees, boolean deliberate,
      List<Finding> findings) {

    /** Agrees, or differs on purpose (and is then counted as agreeing). */
    public boolean passes() {
      return agrees || deliberate;
    }
  }

  /** The outcomes of one rule's cases. */
  public record Tally(String rule, boolean implemented, List<Outcome> outcomes) {
    public int passing() {
      return (int) outcomes.stream().filter(Outcome::passes).count();
    }

    public int total() {
      return outcomes.size();
    }

    public double agreement() {
      return total() == 0 ? 1.0 : (double) passing() / total();
    }

    public List<Outcome> failures() {
      return outcomes.stream().filter(o -> !o.passes()).toList();
    }

    /** Listed as deliberate differences although dockwright agrees with hadolint: stale entries. */
    public List<Outcome> staleDifferences() {
      return outcomes.stream().filter(o -> o.deliberate() && o.agrees()).toList();
    }
  }

  private final RuleRegistry registry;
  private final Linter linter;
  private final HadolintDifferences differences;

  public HadolintConformance(RuleRegistry registry, HadolintDifferences differences) {
    this.registry = registry;
    this.linter = new Linter(registry);
    this.differences = differences;
  }

  /** The built-in rules with the project's documented differences. */
  public static HadolintConformance builtin() {
    return new HadolintConformance(BuiltinRules.registry(), HadolintDifferences.ofProject());
  }

  /** The cases file: {@code DOCKWRIGHT_SHARED} or {@code ../shared}; may not exist. */
  public static Path defaultCasesFile() {
    return SharedData.root().resolve(CASES);
  }

  /**
   * Whether dockwright has the rule a case is about: a registered rule with that code; for
   * {@code SC*} a rule forwarding ShellCheck with {@code shellcheck} on the PATH; for {@code *}
   * every DL rule named in {@code cases}.
   */
  public boolean implemented(String rule, List<HadolintCase> cases) {
    return switch (rule) {
      case HadolintCase.SHELLCHECK -> registry.entries().stream()
          .anyMatch(e -> e.info().origin() == Origin.SHELLCHECK) && shellcheckInstalled();
      case HadolintCase.ANY -> cases.stream().map(HadolintCase::rule)
          .filter(r -> r.startsWith("DL")).allMatch(r -> registry.find(r).isPresent());
      default -> registry.find(rule).isPresent();
    };
  }

  /** Lints one case and judges it. */
  public Outcome run(HadolintCase c) {
    SourceFile file = SourceFile.of("Dockerfile", c.text());
    // ShellCheck (a process per file) only where the case counts its findings.
    boolean shellcheck = c.rule().equals(HadolintCase.SHELLCHECK) || c.rule().equals(HadolintCase.ANY);
    LintResult result = linter.lint(file, DockerfileParser.parse(file.name(), c.text()),
        config(c.settings()).withShellcheck(shellcheck), LintOptions.DEFAULT);
    List<Finding> all = new ArrayList<>(result.all());
    int counted = (int) all.stream().filter(f -> c.counts(f.code())).count();
    if (!result.internalErrors().isEmpty()) {
      counted = -1; // a crashing rule never agrees
    }
    boolean agrees = counted >= 0 && c.agreesWith(counted);
    return new Outcome(c, counted, agrees, differences.contains(c.id()), all);
  }

  /** Every case, grouped by rule in code order ({@code SC*} and {@code *} last). */
  public List<Tally> runAll(List<HadolintCase> cases) {
    Map<String, List<Outcome>> byRule = new TreeMap<>(HadolintConformance::ruleOrder);
    for (HadolintCase c : cases) {
      byRule.computeIfAbsent(c.rule(), r -> new ArrayList<>()).add(run(c));
    }
    List<Tally> tallies = new ArrayList<>();
    byRule.forEach((rule, outcomes) ->
        tallies.add(new Tally(rule, implemented(rule, cases), List.copyOf(outcomes))));
    return tallies;
  }

  /**
   * The settings a case's hadolint configuration means, with hadolint's off-by-default rules on
   * (its tests run every rule).
   */
  LintConfig config(HadolintCase.Settings s) {
    LintConfig config = new LintConfig(Optional.empty(), s.ignoreRules(), Map.of(),
        s.allowedRegistries(), s.labelSchema(), s.strictLabels(), Optional.empty(),
        Optional.empty(), false, Optional.empty(), Optional.empty());
    for (RuleRegistry.Entry e : registry.entries()) {
      RuleInfo info = e.info();
      if (info.experimental() && info.origin() == Origin.HADOLINT) {
        config = config.withSeverity(info.code(), info.defaultSeverity());
      }
    }
    return config;
  }

  private static boolean shellcheckInstalled() {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String dir : path.split(java.io.File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, "shellcheck"))) {
        return true;
      }
    }
    return false;
  }

  private static int ruleOrder(String a, String b) {
    boolean aCode = a.startsWith("DL");
    boolean bCode = b.startsWith("DL");
    if (aCode != bCode) {
      return aCode ? -1 : 1;
    }
    return aCode ? a.compareTo(b) : b.compareTo(a); // SC* before *
  }

  /** The report {@code scripts/conformance} prints. */
  static List<String> report(List<Tally> tallies, boolean verbose) {
    List<String> lines = new ArrayList<>();
    int pass = 0;
    int total = 0;
    int implPass = 0;
    int implTotal = 0;
    int implRules = 0;
    for (Tally t : tallies) {
      pass += t.passing();
      total += t.total();
      if (t.implemented()) {
        implRules++;
        implPass += t.passing();
        implTotal += t.total();
      }
      long deliberate = t.outcomes().stream().filter(o -> o.deliberate() && !o.agrees()).count();
      lines.add(String.format("%-7s %3d/%-3d %6.1f%%%s%s", t.rule(), t.passing(),
          t.total(), 100.0 * t.agreement(),
          deliberate > 0 ? "  (" + deliberate + " deliberate difference"
              + (deliberate > 1 ? "s" : "") + ")" : "",
          t.implemented() ? "" : "  [not implemented]"));
      if (verbose) {
        for (Outcome o : t.failures()) {
          lines.add("    " + o.testCase().id() + " expected "
              + (o.testCase().count().isPresent() ? "exactly " + o.testCase().count().getAsInt()
                  : o.testCase().expectViolation() ? "a violation" : "none")
              + ", got " + o.counted() + "  [" + o.testCase().where() + "]");
          lines.add("      " + o.testCase().text().replace("\n", "\n      ").stripTrailing());
          String found = o.findings().stream().map(f -> f.line() + ":" + f.code())
              .collect(Collectors.joining(" "));
          lines.add("      findings: " + (found.isEmpty() ? "-" : found));
        }
        for (Outcome o : t.staleDifferences()) {
          lines.add("    " + o.testCase().id() + " is listed in " + HadolintDifferences.DOCUMENT
              + " but agrees with hadolint");
        }
      }
    }
    lines.add(String.format("hadolint implemented rules %d/%d, their cases %d/%d agree",
        implRules, tallies.size(), implPass, implTotal));
    lines.add("hadolint-cases " + pass + "/" + total + " agree");
    return lines;
  }

  public static void main(String[] args) {
    boolean verbose = false;
    Path file = null;
    Set<String> only = new java.util.HashSet<>();
    for (String a : args) {
      if (a.equals("-v") || a.equals("--verbose")) {
        verbose = true;
      } else if (a.matches("DL\\d{4}|SC\\*|\\*")) {
        only.add(a);
      } else {
        file = Path.of(a);
      }
    }
    if (file == null) {
      file = defaultCasesFile();
    }
    if (!Files.isRegularFile(file)) {
      System.err.println("hadolint-cases: " + file + " not found (set DOCKWRIGHT_SHARED)");
      System.exit(2);
    }
    List<HadolintCase> cases = HadolintCase.load(file);
    HadolintConformance harness = builtin();
    List<Tally> tallies = harness.runAll(cases);
    if (!only.isEmpty()) {
      tallies = tallies.stream().filter(t -> only.contains(t.rule())).toList();
    }
    report(tallies, verbose).forEach(System.out::println);
  }
}
