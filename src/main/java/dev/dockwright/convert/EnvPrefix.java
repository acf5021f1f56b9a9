package dev.dockwright.convert;

import dev.dockwright.model.EnvStep;
import dev.dockwright.model.Scope;
import dev.dockwright.model.Stage;
import dev.dockwright.model.Variable;
import dev.dockwright.python.ShellWords;
import dev.dockwright.syntax.expand.Env;
import dev.dockwright.syntax.expand.Expansion;
import dev.dockwright.syntax.expand.ExpansionOptions;
import dev.dockwright.syntax.expand.VariableExpander;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The shell commands that give a folded RUN the environment it had in its own stage: a
 * build stage's ENV must not reach the final image's config, so instead of ENV each RUN that
 * needs it starts with {@code export NAME=value} (and {@code unset NAME} for what the final
 * stage set and the build stage did not). A value is written as in the ENV when that expands to
 * the same here ({@code "/opt/venv/bin:$PATH"}), else quoted literally.
 */
final class EnvPrefix {
  private EnvPrefix() {}

  /** What a RUN sees: ARGs with a value, overridden by ENV (as BuildKit passes them). */
  static Map<String, String> effective(Scope scope) {
    Map<String, String> out = new LinkedHashMap<>();
    scope.args().forEach((k, v) -> v.ifPresent(value -> out.put(k, value)));
    out.putAll(scope.env());
    return out;
  }

  /**
   * The prefix ({@code export A=1 && unset B}), empty when the environments agree.
   *
   * @param want what the RUN saw in its stage
   * @param have what it would see where it is folded
   * @param chain the stages whose ENV set {@code want}, for the values as written
   * @param before where the RUN is: only ENV above it counts
   */
  static String between(Map<String, String> want, Map<String, String> have, List<Stage> chain,
      int before, char escape) {
    List<String> exports = new ArrayList<>();
    List<String> unsets = new ArrayList<>();
    for (Map.Entry<String, String> e : want.entrySet()) {
      if (!Objects.equals(have.get(e.getKey()), e.getValue())) {
        exports.add(e.getKey() + "=" + value(e.getKey(), e.getValue(), have, chain, before, escape));
      }
    }
    for (String name : have.keySet()) {
      if (!want.containsKey(name)) {
        unsets.add(name);
      }
    }
    List<String> parts = new ArrayList<>();
    if (!exports.isEmpty()) {
      // Several long values: one per line, aligned under the first.
      boolean wrap = exports.size() > 2 && String.join(" ", exports).length() > 60;
      parts.add("export " + String.join(wrap ? " \\\n        " : " ", exports));
    }
    if (!unsets.isEmpty()) {
      parts.add("unset " + String.join(" ", unsets));
    }
    return String.join(" && ", parts);
  }

  private static String value(String name, String value, Map<String, String> have,
      List<Stage> chain, int before, char escape) {
    String raw = rawValue(name, chain, before);
    if (raw != null && !raw.contains("`") && !raw.contains("$(") && !raw.contains("\\")) {
      Expansion x = new VariableExpander(escape, ExpansionOptions.DEFAULT)
          .expand(raw, Env.of(have));
      if (!x.failed() && x.text().equals(value)) {
        return raw;
      }
    }
    return ShellWords.quote(value);
  }

  /** The value of the last ENV in {@code chain} that sets {@code name}, as written. */
  private static String rawValue(String name, List<Stage> chain, int before) {
    String raw = null;
    for (Stage s : chain) {
      for (EnvStep env : s.steps(EnvStep.class)) {
        if (env.range().startOffset() >= before) {
          break;
        }
        for (Variable v : env.variables()) {
          if (v.name().equals(name)) {
            raw = v.pair().value().value();
          }
        }
      }
    }
    return raw;
  }
}
