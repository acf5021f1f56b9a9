package dev.dockwright.rules.hadolint;

import dev.dockwright.model.DockerfileModel;
import dev.dockwright.model.Scope;
import dev.dockwright.model.Stage;
import dev.dockwright.syntax.Arguments;
import dev.dockwright.syntax.Instruction;
import dev.dockwright.syntax.InstructionKind;
import dev.dockwright.syntax.KeyValue;
import dev.dockwright.syntax.Range;
import dev.dockwright.syntax.expand.Env;
import dev.dockwright.syntax.expand.Expansion;
import dev.dockwright.syntax.expand.ExpansionOptions;
import dev.dockwright.syntax.expand.VariableExpander;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The LABEL pairs of a Dockerfile as hadolint's label rules (DL3048-DL3058) read them: the key
 * and value with quotes removed and variables expanded where their value is known statically.
 * A value that depends on a build argument without default ({@code LABEL version=$VERSION}) is
 * not known, so the format rules leave it alone instead of judging the text {@code $VERSION}.
 */
final class Labels {

  private Labels() {}

  /**
   * One {@code key=value} of a LABEL.
   *
   * @param instruction the LABEL
   * @param stage the stage it belongs to; empty before the first FROM
   * @param pair the pair as written (for ranges)
   * @param key the key, expanded when every variable in it is known, else as written (quotes
   *     removed, {@code $name} kept)
   * @param value the expanded value; empty when it depends on a variable without known value
   */
  record Pair(Instruction instruction, Optional<Stage> stage, KeyValue pair, String key,
      Optional<String> value) {

    Range keyRange() {
      return pair.key().range();
    }
  }

  /** Every pair of every top-level LABEL, in file order (ONBUILD triggers are not labels). */
  static List<Pair> all(DockerfileModel model) {
    char escape = model.dockerfile().escapeChar();
    VariableExpander expander = new VariableExpander(escape, ExpansionOptions.DEFAULT);
    VariableExpander literal =
        new VariableExpander(escape, ExpansionOptions.DEFAULT.withSkipUnsetEnv(true));
    List<Pair> out = new ArrayList<>();
    for (Instruction in : model.dockerfile().instructions()) {
      if (in.kind() != InstructionKind.LABEL
          || !(in.arguments() instanceof Arguments.NameValues nv)) {
        continue;
      }
      Scope scope = model.step(in).map(s -> s.context().scope()).orElse(model.globalScope());
      for (KeyValue kv : nv.pairs()) {
        Expansion key = expander.expand(kv.key().value(), scope);
        String keyText = known(key) ? key.text() : asWritten(literal, kv.key().value());
        Expansion value = expander.expand(kv.value().value(), scope);
        out.add(new Pair(in, model.stageOf(in), kv, keyText,
            known(value) ? Optional.of(value.text()) : Optional.empty()));
      }
    }
    return out;
  }

  /** The pairs of one LABEL instruction. */
  static List<Pair> of(List<Pair> all, Instruction label) {
    return all.stream().filter(p -> p.instruction() == label).toList();
  }

  private static boolean known(Expansion e) {
    return !e.failed() && e.unmatched().isEmpty();
  }

  /** Quotes and escapes processed, variable references kept as written. */
  private static String asWritten(VariableExpander literal, String word) {
    Expansion e = literal.expand(word, Env.empty());
    return e.failed() ? word : e.text();
  }
}
