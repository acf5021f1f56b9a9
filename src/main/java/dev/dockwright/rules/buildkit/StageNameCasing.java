package dev.dockwright.rules.buildkit;

import dev.dockwright.lint.Fix;
import dev.dockwright.lint.FixSafety;
import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.lint.TextEdit;
import dev.dockwright.syntax.Flag;
import dev.dockwright.syntax.Instruction;
import dev.dockwright.syntax.InstructionKind;
import dev.dockwright.syntax.Range;
import dev.dockwright.syntax.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** BuildKit's StageNameCasing: the {@code AS} name of a stage has upper-case letters. */
@RuleSpec(
    code = "StageNameCasing",
    name = "StageNameCasing",
    severity = Severity.WARNING,
    origin = Origin.BUILDKIT,
    summary = "Stage names should be lowercase",
    rationale = """
        BuildKit lower-cases stage names when it reads them, so FROM, COPY --from and --target \
        match them case-insensitively: `AS BuilderBase` is really `builderbase`. Writing the \
        name in mixed case suggests a distinction that does not exist and makes references \
        look inconsistent.""",
    bad = """
        FROM alpine AS BuilderBase
        """,
    good = """
        FROM alpine AS builder-base
        """,
    fix = "Lower-cases the stage name and every reference to it (FROM, COPY --from, RUN --mount "
        + "from=); BuildKit matches stage names case-insensitively, so the build is unchanged.",
    fixSafety = FixSafety.SAFE)
public final class StageNameCasing implements Rule {

  private static final Pattern MOUNT_FROM =
      Pattern.compile("(?:^|,)\\s*[Ff][Rr][Oo][Mm]=([^,]*)");

  @Override
  public void check(RuleContext context) {
    List<Instruction> instructions = context.dockerfile().instructions();
    Set<String> fixedReferences = new HashSet<>();
    for (int i = 0; i < instructions.size(); i++) {
      Instruction from = instructions.get(i);
      if (!FromLine.isFrom(from)) {
        continue;
      }
      List<Token> words = FromLine.words(from);
      if (words.size() != 3) {
        continue;
      }
      Token name = words.get(2);
      if (Go.isLower(name.value())) {
        continue;
      }
      List<TextEdit> edits = new ArrayList<>();
      edits.add(lowerCase(context, name.range()));
      // With two stages of one name, only the first fix rewrites the references (no overlap).
      if (fixedReferences.add(Go.toLower(name.value()))) {
        references(context, instructions.subList(i + 1, instructions.size()), name.value(), edits);
      }
      context.report(from.range(), "Stage name '" + name.value() + "' should be lowercase",
          Fix.safe("Lower-case the stage name", edits.toArray(TextEdit[]::new)));
    }
  }

  /** Edits lower-casing every later reference to the stage {@code name}. */
  private static void references(RuleContext context, List<Instruction> later, String name,
      List<TextEdit> edits) {
    for (Instruction in : later) {
      if (FromLine.isFrom(in)) {
        List<Token> words = FromLine.words(in);
        if (!words.isEmpty() && refersTo(words.get(0).value(), name)) {
          edits.add(lowerCase(context, words.get(0).range()));
        }
      }
      for (Flag flag : in.flags()) {
        if (flag.valueRange().isEmpty()) {
          continue;
        }
        Range value = flag.valueRange().get();
        if (flag.name().equals("from") && in.kind() == InstructionKind.COPY
            && refersTo(flag.value().orElse(""), name)) {
          edits.add(lowerCase(context, value));
        } else if (flag.name().equals("mount") && in.kind() == InstructionKind.RUN) {
          Matcher m = MOUNT_FROM.matcher(context.text(value));
          while (m.find()) {
            if (refersTo(m.group(1).strip(), name)) {
              int start = value.startOffset() + m.start(1);
              int end = value.startOffset() + m.end(1);
              edits.add(TextEdit.replace(start, end,
                  Go.toLower(context.file().text().substring(start, end))));
            }
          }
        }
      }
    }
  }

  private static boolean refersTo(String reference, String name) {
    String r = reference.startsWith("\"") && reference.endsWith("\"") && reference.length() > 1
        ? reference.substring(1, reference.length() - 1) : reference;
    return r.equalsIgnoreCase(name) && !r.equals(Go.toLower(r));
  }

  private static TextEdit lowerCase(RuleContext context, Range range) {
    return TextEdit.replace(range.startOffset(), range.endOffset(),
        Go.toLower(context.text(range)));
  }
}
