package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.Fix;
import dev.dockwright.lint.FixSafety;
import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.lint.TextEdit;
import dev.dockwright.syntax.Arguments;
import dev.dockwright.syntax.Instruction;
import dev.dockwright.syntax.InstructionKind;
import dev.dockwright.syntax.KeyValue;
import dev.dockwright.syntax.expand.Env;
import dev.dockwright.syntax.expand.ExpansionOptions;
import dev.dockwright.syntax.expand.VariableExpander;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * DL3044: an ENV value using a variable that an earlier pair of the same ENV changes. Docker
 * expands every value of an ENV with the variables as they were before the instruction, so the
 * reference sees the old value (usually empty), not the one just written.
 *
 * <p>Re-exporting a variable unchanged ({@code ARG V} then {@code ENV V=$V URL=.../$V}) is
 * fine: the old and the new value are the same. hadolint instead exempts any variable an earlier
 * ARG or ENV defined, and also reports references to a pair written later in the ENV, which
 * read the old value just as a shell would.
 */
@RuleSpec(
    code = "DL3044",
    name = "EnvSelfReference",
    severity = Severity.ERROR,
    origin = Origin.HADOLINT,
    summary = "Do not refer to an environment variable within the same `ENV` statement where it"
        + " is defined.",
    rationale = "`ENV A=1 B=$A` does not set B to 1: Docker expands all values of one ENV with"
        + " the variables from before it, so B gets A's previous value, usually nothing. Split"
        + " the ENV so the value is set before it is used.",
    bad = "FROM python:3.12-slim\nENV APP_HOME=/app APP_DATA=$APP_HOME/data\n",
    good = "FROM python:3.12-slim\nENV APP_HOME=/app\nENV APP_DATA=$APP_HOME/data\n",
    fix = "Splits the ENV before each pair that uses a variable set earlier in it, so that it"
        + " sees the new value.",
    fixSafety = FixSafety.UNSAFE)
public final class EnvSelfReference implements Rule {

  @Override
  public void check(RuleContext context) {
    VariableExpander expander =
        new VariableExpander(context.dockerfile().escapeChar(), ExpansionOptions.DEFAULT);
    for (Instruction in : context.dockerfile().instructions()) {
      if (in.kind() != InstructionKind.ENV || !(in.arguments() instanceof Arguments.NameValues nv)
          || nv.pairs().size() < 2) {
        continue;
      }
      List<KeyValue> pairs = nv.pairs();
      // The pair each variable was last changed by; a split before pair j starts a new group.
      Map<String, Integer> changed = new HashMap<>();
      List<Integer> splits = new ArrayList<>();
      int group = 0;
      KeyValue first = null;
      String firstName = null;
      for (int j = 0; j < pairs.size(); j++) {
        KeyValue pair = pairs.get(j);
        for (String name : expander.expand(pair.value().value(), Env.empty()).unmatched()) {
          Integer at = changed.get(name);
          if (at == null) {
            continue;
          }
          if (first == null) {
            first = pair;
            firstName = name;
          }
          if (at >= group && group != j) {
            group = j;
            splits.add(j);
          }
        }
        if (!unchanged(pair, pair.key().value())) {
          changed.put(pair.key().value(), j);
        }
      }
      if (first == null) {
        continue;
      }
      String message = "`" + first.key().value() + "` uses `$" + firstName + "`, which this ENV"
          + " also sets: it sees the value from before the ENV. Set " + firstName
          + " in an earlier ENV.";
      Optional<Fix> fix = split(context, in, pairs, splits);
      if (fix.isPresent()) {
        context.report(first.range(), message, fix.get());
      } else {
        context.report(first.range(), message);
      }
    }
  }

  /** {@code V=$V} or {@code V="${V}"}: the value does not change. */
  private static boolean unchanged(KeyValue pair, String key) {
    String v = pair.value().value();
    if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
      v = v.substring(1, v.length() - 1);
    }
    return v.equals("$" + key) || v.equals("${" + key + "}");
  }

  /** One ENV per group of pairs, when only blanks and line continuations separate them. */
  private static Optional<Fix> split(RuleContext context, Instruction in, List<KeyValue> pairs,
      List<Integer> splits) {
    String text = context.file().text();
    int keywordStart = in.keyword().range().startOffset();
    int lineStart = text.lastIndexOf('\n', keywordStart - 1) + 1;
    String indent = text.substring(lineStart, keywordStart);
    if (!indent.isBlank()) {
      return Optional.empty(); // ONBUILD ENV and the like
    }
    char escape = context.dockerfile().escapeChar();
    List<TextEdit> edits = new ArrayList<>();
    for (int j : splits) {
      int from = pairs.get(j - 1).range().endOffset();
      int to = pairs.get(j).range().startOffset();
      String gap = text.substring(from, to);
      if (!gap.replace(String.valueOf(escape), "").isBlank()) {
        return Optional.empty();
      }
      edits.add(TextEdit.replace(from, to, "\n" + indent + in.keyword().value() + " "));
    }
    return edits.isEmpty() ? Optional.empty()
        : Optional.of(new Fix("Split the ENV", false, edits));
  }
}
