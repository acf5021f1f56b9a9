package dev.dockwright.rules.buildkit;

import dev.dockwright.syntax.Arguments;
import dev.dockwright.syntax.Flag;
import dev.dockwright.syntax.Instruction;
import dev.dockwright.syntax.InstructionKind;
import dev.dockwright.syntax.Token;
import java.util.List;
import java.util.Optional;

/** A FROM line the way BuildKit's instruction parser reads it ({@code req.args}, {@code st.Name}). */
final class FromLine {

  private FromLine() {}

  static boolean isFrom(Instruction instruction) {
    return instruction.kind() == InstructionKind.FROM;
  }

  /** The words after the flags: image, and {@code AS name} when given. */
  static List<Token> words(Instruction from) {
    return from.arguments() instanceof Arguments.Words w ? w.words() : List.of();
  }

  /** BuildKit's {@code Stage.Name}: the {@code AS} name lower-cased, when there is one. */
  static Optional<String> stageName(Instruction from) {
    List<Token> words = words(from);
    if (words.size() == 3 && words.get(1).value().equalsIgnoreCase("as")) {
      return Optional.of(Go.toLower(words.get(2).value()));
    }
    return Optional.empty();
  }

  /** The image or stage the FROM builds on, as written (before expansion). */
  static Optional<String> base(Instruction from) {
    List<Token> words = words(from);
    return words.isEmpty() ? Optional.empty() : Optional.of(words.get(0).value());
  }

  /** The {@code --platform} value as written, when given. */
  static Optional<String> platform(Instruction from) {
    return from.flag("platform").flatMap(Flag::value);
  }
}
