package dev.dockwright.syntax.expand;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The outcome of expanding one word; never an exception.
 *
 * @param text the expanded word, quotes and escapes processed, spaces kept (BuildKit's
 *     {@code ProcessWord}); empty when {@link #failed()}
 * @param words the expanded word split into words at unquoted whitespace (BuildKit's
 *     {@code ProcessWords}); empty when {@link #failed()}
 * @param matched the variable names looked up and found, in first-lookup order
 * @param unmatched the variable names looked up and not found (what UndefinedVar reports)
 * @param error BuildKit's error message ({@code failed to process "…": …}), or {@code null}
 */
public record Expansion(
    String text, List<String> words, Set<String> matched, Set<String> unmatched, String error) {

  public Expansion {
    words = List.copyOf(words);
    matched = ordered(matched);
    unmatched = ordered(unmatched);
  }

  private static Set<String> ordered(Set<String> names) {
    return names.isEmpty() ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(names));
  }

  /** Whether BuildKit would reject the word. */
  public boolean failed() {
    return error != null;
  }
}
