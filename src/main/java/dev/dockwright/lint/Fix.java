package dev.dockwright.lint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * An automatic fix for one finding: a title shown to the user ("Pin the version"), whether it is
 * safe to apply unattended, and non-overlapping edits of the file's text.
 */
public record Fix(String title, boolean safe, List<TextEdit> edits) {

  public Fix {
    edits = List.copyOf(edits);
    if (edits.isEmpty()) {
      throw new IllegalArgumentException("a fix needs at least one edit");
    }
    List<TextEdit> sorted = sortedByStart(edits);
    for (int i = 1; i < sorted.size(); i++) {
      TextEdit previous = sorted.get(i - 1);
      TextEdit current = sorted.get(i);
      // Two insertions at one point are ambiguous in order; an insertion inside a replaced
      // region, or two replaced regions sharing text, conflict.
      if (current.start() < previous.end()
          || (current.start() == previous.start() && previous.start() == previous.end())) {
        throw new IllegalArgumentException("overlapping edits: " + previous + " and " + current);
      }
    }
  }

  public static Fix safe(String title, TextEdit... edits) {
    return new Fix(title, true, List.of(edits));
  }

  public static Fix unsafe(String title, TextEdit... edits) {
    return new Fix(title, false, List.of(edits));
  }

  /** The text with every edit applied. */
  public String applyTo(String text) {
    List<TextEdit> sorted = sortedByStart(edits);
    StringBuilder out = new StringBuilder(text.length());
    int copied = 0;
    for (TextEdit edit : sorted) {
      if (edit.end() > text.length()) {
        throw new IllegalArgumentException("edit " + edit + " beyond the text (" + text.length() + ")");
      }
      out.append(text, copied, edit.start()).append(edit.replacement());
      copied = edit.end();
    }
    return out.append(text, copied, text.length()).toString();
  }

  private static List<TextEdit> sortedByStart(List<TextEdit> edits) {
    List<TextEdit> sorted = new ArrayList<>(edits);
    sorted.sort(Comparator.comparingInt(TextEdit::start).thenComparingInt(TextEdit::end));
    return sorted;
  }
}
