package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.model.DockerfileModel;
import dev.dockwright.model.Stage;
import dev.dockwright.syntax.Arguments;
import dev.dockwright.syntax.Instruction;
import dev.dockwright.syntax.InstructionKind;
import dev.dockwright.syntax.Token;
import java.util.List;

/**
 * DL3067: {@code COPY --from=stage / /}, the whole filesystem of another stage, in a stage that
 * ships. Builder stages that are only copied from may do it (cross-compilation helpers such as
 * {@code tonistiigi/xx} are used that way).
 */
@RuleSpec(
    code = "DL3067",
    name = "CopyWholeFilesystem",
    severity = Severity.WARNING,
    origin = Origin.HADOLINT,
    summary = "Do not copy an entire filesystem from another stage",
    rationale = "Copying `/` of a stage onto `/` brings everything the stage has (compilers,"
        + " caches, package databases, its /etc) into the image, which defeats the point of a"
        + " multi-stage build and hides which files the image really needs. Copy the"
        + " directories the application needs (a virtualenv, /app) instead. Stages that do not"
        + " ship may do it: `COPY --from=xx / /` is how the `tonistiigi/xx` cross-compilation"
        + " helpers are installed into a builder (hadolint reports those too).",
    bad = "FROM python:3.12 AS build\nRUN python -m venv /venv\n"
        + "FROM python:3.12-slim\nCOPY --from=build / /\n",
    good = "FROM python:3.12 AS build\nRUN python -m venv /venv\n"
        + "FROM python:3.12-slim\nCOPY --from=build /venv /venv\n")
public final class CopyWholeFilesystem implements Rule {

  @Override
  public void check(RuleContext context) {
    DockerfileModel model = context.model();
    for (Instruction in : context.dockerfile().instructions()) {
      if (in.kind() != InstructionKind.COPY || in.flag("from").isEmpty()) {
        continue;
      }
      Stage stage = model.stageOf(in).orElse(null);
      if (stage != null && !model.ships(stage)) {
        continue;
      }
      List<Token> words = in.arguments() instanceof Arguments.Words w ? w.words()
          : in.arguments() instanceof Arguments.Exec e ? e.elements() : List.of();
      if (words.size() < 2 || !isRoot(words.get(words.size() - 1))) {
        continue;
      }
      for (Token source : words.subList(0, words.size() - 1)) {
        if (isRoot(source)) {
          context.report(in.range(), "`COPY --from` copies the entire filesystem of another"
              + " stage onto `/`: copy only the directories the image needs.");
          break;
        }
      }
    }
  }

  private static boolean isRoot(Token word) {
    return Archives.stripQuotes(word.value()).equals("/");
  }
}
