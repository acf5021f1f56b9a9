package dev.dockwright.convert;

import java.util.List;

/**
 * The converted Dockerfile and what the user should know about it.
 *
 * @param original the input text
 * @param text the converted text (equal to {@code original} when nothing had to change)
 * @param notes one remark per entry: what was done where it is not obvious, what to check
 */
public record Conversion(String original, String text, List<String> notes) {

  public Conversion {
    notes = List.copyOf(notes);
  }

  public boolean changed() {
    return !text.equals(original);
  }
}
