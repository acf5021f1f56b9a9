package dev.dockwright.syntax;

import java.util.List;
import java.util.Optional;

/**
 * One instruction with everything BuildKit's parser knows about it, each part with its range.
 *
 * <p>An instruction may cover several physical lines: line continuations (with comment lines and
 * blank lines inside them dropped, as BuildKit does) and here-document bodies. {@code
 * logicalLine} is the text BuildKit parsed, after joining continuations.
 *
 * @param kind the canonical instruction, {@link InstructionKind#UNKNOWN} if not a BuildKit one
 * @param keyword the keyword as written ({@code Run}, {@code from}); see {@link #kind()}
 * @param flags the builder flags in order ({@code --from=build}); a bare {@code --} is dropped
 * @param arguments the arguments, shaped per instruction (see {@link Arguments})
 * @param heredocs here-documents in marker order; for ONBUILD they belong to the ONBUILD
 *     instruction (as in BuildKit), not to its trigger
 * @param logicalLine BuildKit's {@code Node.Original}: the joined line without heredoc bodies
 * @param range from the keyword to the end of the last line (heredoc terminator included)
 * @param span the whole physical lines, indentation and line terminators included; equal to
 *     {@code range} for an ONBUILD trigger
 * @param text the source text of {@code span}
 * @param commentsAbove the comment lines directly above (no blank line between), where
 *     {@code # hadolint ignore=...} style pragmas live; parser directives are not included
 * @param continuationComments comment lines inside the line continuation (dropped by BuildKit)
 * @param emptyContinuationLines blank lines inside the line continuation (BuildKit warns)
 */
public record Instruction(
    InstructionKind kind,
    Token keyword,
    List<Flag> flags,
    Arguments arguments,
    List<Heredoc> heredocs,
    String logicalLine,
    Range range,
    Range span,
    String text,
    List<Comment> commentsAbove,
    List<Comment> continuationComments,
    List<Range> emptyContinuationLines) implements Node {

  public Instruction {
    flags = List.copyOf(flags);
    heredocs = List.copyOf(heredocs);
    commentsAbove = List.copyOf(commentsAbove);
    continuationComments = List.copyOf(continuationComments);
    emptyContinuationLines = List.copyOf(emptyContinuationLines);
  }

  /** The first flag with this name (without {@code --}), e.g. {@code flag("from")}. */
  public Optional<Flag> flag(String name) {
    for (Flag f : flags) {
      if (f.name().equals(name)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /** True for exec (JSON) form, including HEALTHCHECK CMD with a JSON array. */
  public boolean isExecForm() {
    return arguments instanceof Arguments.Exec
        || arguments instanceof Arguments.Healthcheck h && h.command() instanceof Arguments.Exec;
  }

  /** The ONBUILD trigger, if this is an ONBUILD with one. */
  public Optional<Instruction> trigger() {
    return arguments instanceof Arguments.Onbuild o ? Optional.of(o.trigger()) : Optional.empty();
  }

  public int startLine() {
    return range.start().line();
  }

  /** The last physical line, heredoc terminators and trailing blank continuation lines included. */
  public int endLine() {
    // A range that ends just past a line break (an unterminated heredoc's body runs to the end of
    // the file, newline included) ends on the line before: no character of this one is in it.
    Position end = range.end();
    return end.column() == 1 && end.line() > range.start().line() ? end.line() - 1 : end.line();
  }

  @Override
  public String toString() {
    return keyword.value() + "@" + range;
  }
}
