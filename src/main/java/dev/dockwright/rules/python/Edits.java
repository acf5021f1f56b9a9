package dev.dockwright.rules.python;

import dev.dockwright.lint.Fix;
import dev.dockwright.lint.TextEdit;
import dev.dockwright.model.Stage;
import dev.dockwright.syntax.Instruction;

/**
 * Text edits that add an instruction to a Dockerfile the way its author writes them: the same
 * keyword case as the instruction next to it, the file's line ending, its indentation.
 */
final class Edits {
  private Edits() {}

  /**
   * Adds {@code line} (e.g. {@code ENV PYTHONUNBUFFERED=1}, keyword upper case) right after the
   * stage's FROM line. {@code atLineEnd} inserts before the FROM line's line break rather than
   * after it, so two rules can each add a line below one FROM in the same run without their
   * insertions meeting at one offset.
   */
  static TextEdit afterFrom(String text, Stage stage, String line, boolean atLineEnd) {
    Instruction from = stage.from();
    String eol = lineEnding(text, from.range().endOffset());
    String written = matchCase(from, line);
    String indent = indentation(text, from.range().startOffset());
    int end = from.range().endOffset();
    if (end >= text.length()) {
      return TextEdit.insert(end, eol + indent + written + eol);
    }
    if (atLineEnd) {
      return TextEdit.insert(end, eol + indent + written);
    }
    return TextEdit.insert(end + eol.length(), indent + written + eol);
  }

  /**
   * The safe fix {@code ENV <variable>=1} right after the FROM of the stage {@code launch} runs
   * in (see {@link #afterFrom} for {@code atLineEnd}).
   */
  static Fix setFlag(String text, Launch launch, String variable, boolean atLineEnd) {
    return Fix.safe("Set " + variable + "=1",
        afterFrom(text, launch.stage(), "ENV " + variable + "=1", atLineEnd));
  }

  /** Adds {@code line} on its own line just before {@code before}. */
  static TextEdit before(String text, Instruction before, String line) {
    int lineStart = text.lastIndexOf('\n', before.range().startOffset() - 1) + 1;
    String eol = lineEnding(text, before.range().endOffset());
    return TextEdit.insert(lineStart, indentation(text, before.range().startOffset())
        + matchCase(before, line) + eol);
  }

  /** The instruction's keyword in the case the file uses: {@code env} beside {@code from}. */
  static String matchCase(Instruction near, String line) {
    String keyword = near.keyword().value();
    boolean lower = keyword.equals(keyword.toLowerCase(java.util.Locale.ROOT));
    if (!lower) {
      return line;
    }
    int space = line.indexOf(' ');
    return space < 0 ? line.toLowerCase(java.util.Locale.ROOT)
        : line.substring(0, space).toLowerCase(java.util.Locale.ROOT) + line.substring(space);
  }

  /** The line ending at {@code offset}, else the file's first one. */
  private static String lineEnding(String text, int offset) {
    if (offset < text.length()) {
      return text.charAt(offset) == '\r' ? "\r\n" : "\n";
    }
    int nl = text.indexOf('\n');
    return nl > 0 && text.charAt(nl - 1) == '\r' ? "\r\n" : "\n";
  }

  private static String indentation(String text, int offset) {
    int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    int i = lineStart;
    while (i < offset && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    return text.substring(lineStart, i);
  }
}
