package dev.dockwright.rules.python;

import dev.dockwright.shell.ast.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a server's value options from its arguments: {@code --port 8000}, {@code --port=8000},
 * {@code -p 8000}, {@code -p8000}. Server command lines have no recogniser in
 * {@code dev.dockwright.shell.commands}; looking up the few options the rules ask about by name
 * is enough, since their values never look like the names.
 */
final class Flags {
  private Flags() {}

  /**
   * One occurrence.
   *
   * @param name the option as written, without a value
   * @param word the word holding the option (and the value, when attached)
   * @param valueWord the word holding the value (the same word when attached)
   * @param value the value at run time; empty when it is not known statically
   */
  record Value(String name, Word word, Word valueWord, Optional<String> value) {}

  /** Every occurrence of the named options among the launch's arguments, in order. */
  static List<Value> values(Launch launch, Set<String> names) {
    List<Word> args = launch.args();
    List<Value> out = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      Word w = args.get(i);
      String t = w.unquoted();
      if (t.equals("--")) {
        break;
      }
      if (!t.startsWith("-")) {
        continue;
      }
      int eq = t.indexOf('=');
      String name = eq > 0 ? t.substring(0, eq) : t;
      if (names.contains(name)) {
        if (eq > 0) {
          out.add(new Value(name, w, w, launch.value(w).map(v -> v.substring(v.indexOf('=') + 1))));
        } else if (i + 1 < args.size()) {
          Word next = args.get(i + 1);
          out.add(new Value(name, w, next, launch.value(next)));
          i++;
        } else {
          out.add(new Value(name, w, w, Optional.empty()));
        }
        continue;
      }
      if (!t.startsWith("--") && t.length() > 2 && names.contains(t.substring(0, 2))) {
        String shortName = t.substring(0, 2);
        out.add(new Value(shortName, w, w, launch.value(w).map(v -> v.substring(2))));
      }
    }
    return out;
  }

  /** Whether a flag (no value) is present: {@code --reload}, {@code --reload=true}. */
  static Optional<Word> flag(Launch launch, String... names) {
    for (Word w : launch.args()) {
      String t = w.unquoted();
      if (t.equals("--")) {
        break;
      }
      for (String n : names) {
        if (t.equals(n) || t.startsWith(n + "=")) {
          return Optional.of(w);
        }
      }
    }
    return Optional.empty();
  }
}
