package dev.dockwright.model;

import dev.dockwright.syntax.Heredoc;
import dev.dockwright.syntax.Instruction;
import dev.dockwright.syntax.Token;
import java.util.List;
import java.util.Optional;

/**
 * COPY or ADD (see {@link #isAdd()}).
 *
 * @param isAdd ADD rather than COPY
 * @param from the {@code --from} value after expansion: a stage name or index, or an image
 * @param fromStage the stage {@code --from} names, when it names one
 * @param sources the source paths after expansion (here-document names for {@code COPY <<EOF})
 * @param sourceTokens the source words as written, for ranges
 * @param destination the destination as written (after expansion)
 * @param resolvedDestination the destination made absolute against the working directory
 * @param heredocs inline files ({@code COPY <<EOF /app/conf})
 */
public record CopyStep(
    Instruction instruction,
    StepContext context,
    boolean isAdd,
    Optional<String> from,
    Optional<Stage> fromStage,
    List<String> sources,
    List<Token> sourceTokens,
    String destination,
    String resolvedDestination,
    List<Heredoc> heredocs) implements Step {

  public CopyStep {
    sources = List.copyOf(sources);
    sourceTokens = List.copyOf(sourceTokens);
    heredocs = List.copyOf(heredocs);
  }

  public Optional<String> chown() {
    return instruction.flag("chown").flatMap(f -> f.value());
  }

  public Optional<String> chmod() {
    return instruction.flag("chmod").flatMap(f -> f.value());
  }

  public boolean link() {
    return instruction.flag("link").isPresent();
  }

  /** Copies from the build context (no {@code --from}). */
  public boolean fromContext() {
    return from.isEmpty();
  }

  /** An image (not a stage) named by {@code --from}. */
  public boolean fromImage() {
    return from.isPresent() && fromStage.isEmpty() && !from.get().matches("\\d+");
  }
}
