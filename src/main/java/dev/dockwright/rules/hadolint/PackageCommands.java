package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.TextEdit;
import dev.dockwright.model.RunStep;
import dev.dockwright.shell.Invocation;
import dev.dockwright.shell.ast.Word;
import dev.dockwright.shell.commands.PackageSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The package-manager commands of a RUN, recognised by {@code dev.dockwright.shell.commands},
 * with what the hadolint rules about them share: finding them, naming packages, and inserting
 * an option next to the action word.
 */
final class PackageCommands {

  private PackageCommands() {}

  /** A recognised command of a RUN and the RUN command it came from (for ranges). */
  record Found<T>(RunStep.Command command, T recognised) {}

  /** Every command of {@code run} that {@code recogniser} recognises, in order. */
  static <T> List<Found<T>> find(RunUnit run, Function<Invocation, Optional<T>> recogniser) {
    List<Found<T>> out = new ArrayList<>();
    for (RunStep.Command c : run.step().commands()) {
      recogniser.apply(c.invocation()).ifPresent(r -> out.add(new Found<>(c, r)));
    }
    return out;
  }

  /** The packages without a version, by name as written. */
  static List<String> unpinned(List<PackageSpec> packages) {
    return packages.stream().filter(p -> !p.pinned()).map(PackageSpec::text).toList();
  }

  /** Inserts {@code " " + text} right after {@code word}. */
  static TextEdit insertAfter(RunStep.Command command, Word word, String text) {
    return TextEdit.insert(command.source().range(word.span()).endOffset(), " " + text);
  }

  /** Inserts {@code text + " "} right before {@code word}. */
  static TextEdit insertBefore(RunStep.Command command, Word word, String text) {
    return TextEdit.insert(command.source().range(word.span()).startOffset(), text + " ");
  }

  /** {@code a, b and c}, in backticks. */
  static String list(List<String> items) {
    List<String> quoted = items.stream().map(s -> "`" + s + "`").toList();
    if (quoted.size() == 1) {
      return quoted.get(0);
    }
    return String.join(", ", quoted.subList(0, quoted.size() - 1)) + " and "
        + quoted.get(quoted.size() - 1);
  }
}
