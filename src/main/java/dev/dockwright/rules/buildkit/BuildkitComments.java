package dev.dockwright.rules.buildkit;

import dev.dockwright.syntax.Comment;
import dev.dockwright.syntax.Dockerfile;
import dev.dockwright.syntax.Instruction;
import dev.dockwright.syntax.Node;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The comments BuildKit's parser attaches to each instruction ({@code Node.PrevComment}), which
 * differ from {@link Instruction#commentsAbove()}: every comment line since the previous
 * instruction counts, blank lines do not interrupt them, an empty {@code #} line discards the ones
 * before it, and a comment is recorded as its physical line minus the first character, trimmed (so
 * an indented {@code  # foo} is recorded as {@code # foo}). Parser directives are not comments.
 */
final class BuildkitComments {

  private BuildkitComments() {}

  static Map<Instruction, List<String>> of(Dockerfile dockerfile) {
    Map<Instruction, List<String>> out = new IdentityHashMap<>();
    List<String> pending = new ArrayList<>();
    boolean firstLine = true;
    for (Node node : dockerfile.nodes()) {
      if (node instanceof Comment c) {
        String raw = c.text();
        if (firstLine && raw.startsWith("\uFEFF")) {
          raw = raw.substring(1);
        }
        String text = raw.isEmpty() ? "" : raw.substring(1).strip();
        if (text.isEmpty()) {
          pending.clear();
        } else {
          pending.add(text);
        }
      } else if (node instanceof Instruction i) {
        out.put(i, List.copyOf(pending));
        pending.clear();
      }
      firstLine = false;
    }
    return out;
  }
}
