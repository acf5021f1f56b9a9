package dev.dockwright.convert;

import dev.dockwright.syntax.Comment;
import dev.dockwright.syntax.Dockerfile;
import dev.dockwright.syntax.Instruction;
import dev.dockwright.syntax.Range;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Text edits over one parsed Dockerfile, applied together: what a conversion does not touch
 * stays byte for byte (comments, blank lines, continuations, line endings). Inserted text is
 * written with {@code \n} and {@code \} continuations and converted here to the file's line
 * ending and escape character, so callers never think about either.
 */
final class Edits {

  private record Edit(int start, int end, String text, int order) {}

  private final Dockerfile dockerfile;
  private final String source;
  private final String newline;
  private final List<Edit> edits = new ArrayList<>();

  Edits(Dockerfile dockerfile) {
    this.dockerfile = dockerfile;
    this.source = dockerfile.text();
    int lf = source.indexOf('\n');
    this.newline = lf > 0 && source.charAt(lf - 1) == '\r' ? "\r\n" : "\n";
  }

  Dockerfile dockerfile() {
    return dockerfile;
  }

  String source() {
    return source;
  }

  boolean isEmpty() {
    return edits.isEmpty();
  }

  /** Replaces {@code [start, end)} of the source with {@code text} (given with {@code \n}). */
  void replace(int start, int end, String text) {
    edits.add(new Edit(start, end, localize(text), edits.size()));
  }

  void replace(Range range, String text) {
    replace(range.startOffset(), range.endOffset(), text);
  }

  void insert(int offset, String text) {
    replace(offset, offset, text);
  }

  void delete(int start, int end) {
    replace(start, end, "");
  }

  /**
   * Inserts whole lines before the instruction and the comment lines attached to it (they
   * describe it, so they stay with it). {@code lines} ends with a newline.
   */
  void insertBefore(Instruction instruction, String lines) {
    insert(blockStart(instruction), lines);
  }

  /** Inserts whole lines right before the instruction, after the comments attached to it. */
  void insertDirectlyBefore(Instruction instruction, String lines) {
    insert(instruction.span().startOffset(), lines);
  }

  /** Inserts whole lines after the instruction. */
  void insertAfter(Instruction instruction, String lines) {
    int end = instruction.span().endOffset();
    boolean endsLine = end > 0 && source.charAt(end - 1) == '\n';
    insert(end, endsLine ? lines : "\n" + stripTrailingNewline(lines));
  }

  /** Replaces the instruction (keyword to end), keeping its indentation and line ending. */
  void replaceInstruction(Instruction instruction, String text) {
    replace(instruction.range(), stripTrailingNewline(text));
  }

  /** Deletes the instruction's lines, and the comment lines attached to it when asked. */
  void deleteInstruction(Instruction instruction, boolean withComments) {
    int start = withComments ? blockStart(instruction) : instruction.span().startOffset();
    delete(start, instruction.span().endOffset());
  }

  /** Where the instruction's attached comments start (its own start when it has none). */
  int blockStart(Instruction instruction) {
    List<Comment> above = instruction.commentsAbove();
    return above.isEmpty() ? instruction.span().startOffset() : above.get(0).span().startOffset();
  }

  /** The instruction's source lines with the comments attached to it, ending with a newline. */
  String blockText(Instruction instruction, boolean withComments) {
    int start = withComments ? blockStart(instruction) : instruction.span().startOffset();
    String text = source.substring(start, instruction.span().endOffset()).replace("\r\n", "\n");
    return text.endsWith("\n") ? text : text + "\n";
  }

  /** The edited text. Edits must not overlap; insertions at one offset keep their order. */
  String apply() {
    List<Edit> sorted = new ArrayList<>(edits);
    sorted.sort(Comparator.comparingInt(Edit::start).thenComparingInt(Edit::end)
        .thenComparingInt(Edit::order));
    StringBuilder out = new StringBuilder(source.length() + 256);
    int copied = 0;
    for (Edit e : sorted) {
      if (e.start() < copied) {
        throw new IllegalStateException("overlapping edits at offset " + e.start());
      }
      out.append(source, copied, e.start()).append(e.text());
      copied = e.end();
    }
    return out.append(source, copied, source.length()).toString();
  }

  /** {@code \n} to the file's line ending, {@code \} continuations to its escape character. */
  private String localize(String text) {
    String t = text;
    char escape = dockerfile.escapeChar();
    if (escape != '\\') {
      t = t.replace(" \\\n", " " + escape + "\n");
    }
    return newline.equals("\n") ? t : t.replace("\r\n", "\n").replace("\n", newline);
  }

  private static String stripTrailingNewline(String s) {
    return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
  }
}
