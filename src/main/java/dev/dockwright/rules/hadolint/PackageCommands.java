package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.TextEdit;
import dev.dockwright.model.RunStep;
import dev.dockwright.shell.ast.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The package-manager commands hadolint's rules look at, found in a RUN: {@code apt-get install},
 * {@code apk add}, ... Shared by the rules about one package manager (pinning, flags, caches).
 */
final class PackageCommands {

  private PackageCommands() {}

  /** A command of a RUN with its arguments read as hadolint reads them. */
  record Found(RunUnit run, RunStep.Command command, HadolintArgs args) {}

  /** The commands of {@code program} with {@code subcommand} among their arguments. */
  static List<Found> find(RunUnit run, String program, String subcommand) {
    List<Found> out = new ArrayList<>();
    for (RunStep.Command c : run.commands(program)) {
      HadolintArgs args = HadolintArgs.of(c.invocation());
      if (args.has(subcommand)) {
        out.add(new Found(run, c, args));
      }
    }
    return out;
  }

  /** Inserts {@code text} (with a leading space) right after the first {@code word} argument. */
  static Optional<TextEdit> insertAfter(RunStep.Command command, String word, String text) {
    for (Word w : command.invocation().args()) {
      if (w.is(word)) {
        int end = command.source().range(w.span()).endOffset();
        return Optional.of(TextEdit.insert(end, " " + text));
      }
    }
    return Optional.empty();
  }

  /** Inserts {@code text} (with a trailing space) right before the first {@code word} argument. */
  static Optional<TextEdit> insertBefore(RunStep.Command command, String word, String text) {
    for (Word w : command.invocation().args()) {
      if (w.is(word)) {
        int start = command.source().range(w.span()).startOffset();
        return Optional.of(TextEdit.insert(start, text + " "));
      }
    }
    return Optional.empty();
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
