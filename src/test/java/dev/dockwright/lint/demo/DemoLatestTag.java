package dev.dockwright.lint.demo;

import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.syntax.Arguments;
import dev.dockwright.syntax.Instruction;
import dev.dockwright.syntax.InstructionKind;
import dev.dockwright.syntax.Token;

/** Test fixture for the engine (not a product rule): FROM an image tagged {@code latest}. */
@RuleSpec(
    code = "DW9001",
    name = "DemoLatestTag",
    severity = Severity.WARNING,
    origin = Origin.DOCKWRIGHT,
    summary = "The base image is tagged latest.",
    rationale = "latest moves: the same Dockerfile builds a different image tomorrow.",
    bad = "FROM python:latest\n",
    good = "FROM python:3.12-slim\n")
public final class DemoLatestTag implements Rule {

  @Override
  public void check(RuleContext context) {
    for (Instruction instruction : context.dockerfile().instructions()) {
      if (instruction.kind() == InstructionKind.FROM
          && instruction.arguments() instanceof Arguments.Words words
          && !words.words().isEmpty()) {
        Token image = words.words().get(0);
        if (image.value().endsWith(":latest")) {
          context.report(image.range(), "Pin " + image.value() + " to a version.");
        }
      }
    }
  }
}
