package dev.dockwright.rules.buildkit;

import dev.dockwright.lint.Fix;
import dev.dockwright.lint.FixSafety;
import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.lint.TextEdit;
import dev.dockwright.syntax.Instruction;
import dev.dockwright.syntax.Token;
import java.util.List;

/**
 * BuildKit's ConsistentInstructionCasing: an instruction keyword not in the case most keywords
 * use. As in BuildKit, the keywords counted and checked are those from the first FROM on (ARGs
 * before it are not part of a stage); ties count as uppercase.
 */
@RuleSpec(
    code = "ConsistentInstructionCasing",
    name = "ConsistentInstructionCasing",
    severity = Severity.WARNING,
    origin = Origin.BUILDKIT,
    summary = "All commands within the Dockerfile should use the same casing (either upper or lower)",
    rationale = """
        Instruction keywords are case-insensitive, so `Run`, `run` and `RUN` all work; a file \
        that mixes them is harder to scan, and mixed-case keywords (`EntRYpOiNT`) look like \
        typos. Keywords are expected in the case most of the file's keywords already use.""",
    bad = """
        From alpine
        Run echo hello > /greeting.txt
        EntRYpOiNT ["cat", "/greeting.txt"]
        """,
    good = """
        FROM alpine
        RUN echo hello > /greeting.txt
        ENTRYPOINT ["cat", "/greeting.txt"]
        """,
    fix = "Rewrites the keyword in the majority case (keywords are case-insensitive).",
    fixSafety = FixSafety.SAFE)
public final class ConsistentInstructionCasing implements Rule {

  @Override
  public void check(RuleContext context) {
    List<Instruction> all = context.dockerfile().instructions();
    int first = 0;
    while (first < all.size() && !FromLine.isFrom(all.get(first))) {
      first++;
    }
    List<Instruction> staged = all.subList(first, all.size());
    int lower = 0;
    int upper = 0;
    for (Instruction in : staged) {
      String k = in.keyword().value();
      if (Go.isLower(k)) {
        lower++;
      } else if (Go.isUpper(k)) {
        upper++;
      }
    }
    boolean majorityLower = lower > upper;
    String casing = majorityLower ? "lowercase" : "uppercase";
    for (Instruction in : staged) {
      Token keyword = in.keyword();
      String k = keyword.value();
      String wanted = majorityLower ? Go.toLower(k) : Go.toUpper(k);
      if (!k.equals(wanted)) {
        context.report(in.range(),
            "Command '" + k + "' should match the case of the command majority (" + casing + ")",
            Fix.safe("Write " + wanted, TextEdit.replace(keyword.range().startOffset(),
                keyword.range().endOffset(), wanted)));
      }
    }
  }
}
