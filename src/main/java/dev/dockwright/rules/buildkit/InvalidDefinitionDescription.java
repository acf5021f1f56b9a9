package dev.dockwright.rules.buildkit;

import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.syntax.ArgDeclaration;
import dev.dockwright.syntax.Arguments;
import dev.dockwright.syntax.Instruction;
import dev.dockwright.syntax.InstructionKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * BuildKit's experimental InvalidDefinitionDescription: the comment right above a named stage or
 * an ARG does not start with the stage's (lower-cased) name or one of the ARG's names, so tools
 * that read such comments as descriptions ({@code docker build --call=outline}) show a wrong one.
 * The comments that count are BuildKit's: all comment lines since the previous instruction (blank
 * lines do not separate them, an empty {@code #} line does); the last one is checked.
 */
@RuleSpec(
    code = "InvalidDefinitionDescription",
    name = "InvalidDefinitionDescription",
    severity = Severity.WARNING,
    origin = Origin.BUILDKIT,
    summary = "Comment for build stage or argument should follow the format: `# <arg/stage name> "
        + "<description>`. If this is not intended to be a description comment, add an empty "
        + "line or comment between the instruction and the comment.",
    rationale = """
        `docker build --call=outline` and `--call=targets` show the comment directly above a \
        stage or ARG as its description when it starts with the name. A comment that is not \
        meant as a description but sits in that place is shown anyway, or a description that \
        misspells the name is dropped.""",
    bad = """
        # a non-descriptive comment
        FROM scratch AS base

        # another non-descriptive comment
        ARG VERSION=1
        """,
    good = """
        # base is a stage for compiling source
        FROM scratch AS base
        # VERSION This is the version number.
        ARG VERSION=1
        """,
    experimental = true)
public final class InvalidDefinitionDescription implements Rule {

  @Override
  public void check(RuleContext context) {
    Map<Instruction, List<String>> comments = BuildkitComments.of(context.dockerfile());
    for (Instruction in : context.dockerfile().instructions()) {
      List<String> keys = new ArrayList<>();
      String instruction;
      if (in.kind() == InstructionKind.FROM) {
        FromLine.stageName(in).filter(n -> !n.isEmpty()).ifPresent(keys::add);
        instruction = "FROM";
      } else if (in.kind() == InstructionKind.ARG
          && in.arguments() instanceof Arguments.ArgDeclarations decls) {
        for (ArgDeclaration d : decls.declarations()) {
          keys.add(d.name().value());
        }
        instruction = "ARG";
      } else {
        continue;
      }
      List<String> above = comments.getOrDefault(in, List.of());
      if (above.isEmpty() || keys.isEmpty()) {
        continue;
      }
      String first = above.get(above.size() - 1).split(" ", -1)[0];
      if (keys.contains(first)) {
        continue;
      }
      String example = keys.size() > 1 ? "<arg_key>" : keys.get(0);
      context.report(in.range(), "Comment for " + instruction
          + " should follow the format: `# " + example + " <description>`");
    }
  }
}
