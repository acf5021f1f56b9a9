package dev.dockwright.rules.hadolint;

import dev.dockwright.shell.Invocation;
import dev.dockwright.shell.ast.Word;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A command's arguments read the way hadolint's rules read them, so that our answers match its
 * own: every word after the program with quotes removed; a word starting with {@code --} is one
 * long flag (named up to {@code =}), a word starting with {@code -} a cluster of one-letter flags,
 * and {@code -} and {@code --} are not flags. Which options take a value is not known, except for
 * those a rule names in {@link #withoutValuesOf}.
 *
 * <p>Kept deliberately small: it gives way to the typed package-manager recognisers of
 * {@code dev.dockwright.shell.commands} once they are there.
 */
final class HadolintArgs {

  private record Flag(String name, int word) {}

  private final List<Word> words;
  private final List<String> texts;
  private final List<Flag> flags;

  private HadolintArgs(List<Word> words) {
    this.words = List.copyOf(words);
    this.texts = words.stream().map(Word::unquoted).toList();
    this.flags = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      String t = texts.get(i);
      if (t.equals("-") || t.equals("--") || !t.startsWith("-")) {
        continue;
      }
      if (t.startsWith("--")) {
        int eq = t.indexOf('=');
        flags.add(new Flag(t.substring(2, eq < 0 ? t.length() : eq), i));
      } else {
        for (int k = 1; k < t.length(); k++) {
          flags.add(new Flag(t.substring(k, k + 1), i));
        }
      }
    }
  }

  /** The arguments of a command (after the program and its wrappers). */
  static HadolintArgs of(Invocation invocation) {
    return new HadolintArgs(invocation.args());
  }

  /** Every argument, quotes removed. */
  List<String> all() {
    return texts;
  }

  boolean has(String argument) {
    return texts.contains(argument);
  }

  boolean hasAny(Collection<String> arguments) {
    return texts.stream().anyMatch(arguments::contains);
  }

  boolean hasFlag(String name) {
    return countFlag(name) > 0;
  }

  boolean hasAnyFlag(Collection<String> names) {
    return flags.stream().anyMatch(f -> names.contains(f.name()));
  }

  int countFlag(String name) {
    return (int) flags.stream().filter(f -> f.name().equals(name)).count();
  }

  /**
   * The words that are no flag, with their source words (for ranges): operands such as package
   * names, plus the values of options not dropped by {@link #withoutValuesOf}.
   */
  List<Operand> operands() {
    Set<Integer> flagWords = new HashSet<>();
    flags.forEach(f -> flagWords.add(f.word()));
    List<Operand> out = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      if (!flagWords.contains(i)) {
        out.add(new Operand(texts.get(i), words.get(i)));
      }
    }
    return out;
  }

  /** An argument that is no flag. */
  record Operand(String text, Word word) {}

  /**
   * These arguments without the values of the options {@code names} (the word after the option,
   * unless the value is written inline with {@code =}).
   */
  HadolintArgs withoutValuesOf(Set<String> names) {
    Set<Integer> drop = new HashSet<>();
    for (Flag f : flags) {
      if (names.contains(f.name()) && !texts.get(f.word()).contains("=")
          && f.word() + 1 < texts.size()) {
        drop.add(f.word() + 1);
      }
    }
    List<Word> kept = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      if (!drop.contains(i)) {
        kept.add(words.get(i));
      }
    }
    return new HadolintArgs(kept);
  }

  /** The operands after the first {@code subcommand} word, e.g. the packages of an install. */
  List<Operand> operandsAfter(String subcommand) {
    List<Operand> ops = operands();
    int i = 0;
    while (i < ops.size() && !ops.get(i).text().equals(subcommand)) {
      i++;
    }
    while (i < ops.size() && ops.get(i).text().equals(subcommand)) {
      i++;
    }
    return ops.subList(i, ops.size());
  }
}
