package dev.dockwright.cli;

import dev.dockwright.io.UserException;
import dev.dockwright.lint.RuleDocs;
import dev.dockwright.lint.RuleInfo;
import dev.dockwright.lint.RuleRegistry;
import dev.dockwright.rules.BuiltinRules;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dockwright rules [explain CODE]}: the rule catalog, from the rules' own metadata. */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    description = {"List every rule: code, name, default severity, origin and summary.",
        "'dockwright rules explain CODE' prints what a rule catches, why it matters, a bad and a"
            + " good example, and what its fix does."},
    subcommands = {RulesCommand.Explain.class})
public final class RulesCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--origin", paramLabel = "ORIGIN",
      description = "Only rules of this origin: hadolint, buildkit, dockwright.")
  String origin;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    int shown = 0;
    for (RuleRegistry.Entry e : BuiltinRules.registry().entries()) {
      RuleInfo r = e.info();
      if (origin != null && !r.origin().id().equalsIgnoreCase(origin)) {
        continue;
      }
      out.printf("%-30s %-8s %-10s %s%s%n", r.code().equals(r.name()) ? r.code() : r.code() + " " + r.name(),
          r.defaultSeverity().name().toLowerCase(Locale.ROOT), r.origin().id(), r.summary(),
          r.experimental() ? " [experimental]" : "");
      shown++;
    }
    if (origin != null && shown == 0) {
      throw new UserException("no rules of origin '" + origin + "' (hadolint, buildkit, dockwright)");
    }
    out.flush();
    return ExitCode.OK;
  }

  /** {@code dockwright rules explain CODE}. */
  @Command(name = "explain", mixinStandardHelpOptions = true,
      description = "Explain a rule (by code or name): what, why, bad and good example, fix.")
  static final class Explain implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "CODE", description = "A rule code or name, e.g. DL3008 or UndefinedVar.")
    String code;

    @Option(names = "--markdown", description = "Print the Markdown page (as in docs/rules/).")
    boolean markdown;

    @Override
    public Integer call() {
      RuleRegistry registry = BuiltinRules.registry();
      RuleInfo info = registry.find(code)
          .or(() -> registry.find(code.toUpperCase(Locale.ROOT)))
          .map(RuleRegistry.Entry::info)
          .orElseThrow(() -> new UserException("unknown rule '" + code
              + "' (see 'dockwright rules' for the list)"));
      PrintWriter out = spec.commandLine().getOut();
      out.print(markdown ? RuleDocs.markdown(info) : RuleDocs.text(info));
      out.flush();
      return ExitCode.OK;
    }
  }
}
