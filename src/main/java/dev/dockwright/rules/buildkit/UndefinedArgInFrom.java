package dev.dockwright.rules.buildkit;

import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.model.DockerfileModel;
import dev.dockwright.model.Stage;
import dev.dockwright.syntax.Instruction;
import java.util.Optional;
import java.util.Set;

/**
 * BuildKit's UndefinedArgInFrom: a FROM image or {@code --platform} uses a variable that is
 * neither a global ARG (declared before the first FROM) nor a predefined platform argument.
 */
@RuleSpec(
    code = "UndefinedArgInFrom",
    name = "UndefinedArgInFrom",
    severity = Severity.WARNING,
    origin = Origin.BUILDKIT,
    summary = "FROM command must use declared ARGs",
    rationale = """
        FROM lines only see ARGs declared before the first FROM. An undeclared (often \
        misspelt) variable expands to the empty string, so `FROM node:22${VARIANT}` silently \
        builds on `node:22` and `--platform=$BULIDPLATFORM` fails the build.""",
    bad = """
        FROM node:22${VARIANT} AS jsbuilder
        """,
    good = """
        ARG VARIANT="-alpine3.20"
        FROM node:22${VARIANT} AS jsbuilder
        """)
public final class UndefinedArgInFrom implements Rule {

  @Override
  public void check(RuleContext context) {
    DockerfileModel model = context.model();
    Set<String> declared = GlobalArgs.declaredNames(model);
    for (Stage stage : model.stages()) {
      Instruction from = stage.from();
      Optional<String> base = FromLine.base(from);
      if (base.isPresent()) {
        report(context, from, GlobalArgs.expand(model, base.get()).unmatched(), declared);
      }
      Optional<String> platform = FromLine.platform(from);
      if (platform.isPresent()) {
        report(context, from, GlobalArgs.expand(model, platform.get()).unmatched(), declared);
      }
    }
  }

  private static void report(RuleContext context, Instruction from, Set<String> unmatched,
      Set<String> declared) {
    for (String name : unmatched) {
      if (declared.contains(name)) {
        continue;
      }
      String message = "FROM argument '" + name + "' is not declared"
          + Suggest.search(name, declared, true).map(s -> " (did you mean " + s + "?)").orElse("");
      context.report(from.range(), message);
    }
  }
}
