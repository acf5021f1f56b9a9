package dev.dockwright.syntax;

/**
 * One {@code key=value} pair of ENV or LABEL, or the single pair of the legacy form
 * {@code ENV key value}.
 *
 * <p>Values are verbatim (quotes and escapes kept, continuations removed); quote removal and
 * variable expansion happen later, as in BuildKit. In the legacy form the value is everything
 * after the first run of blanks, spaces included.
 *
 * @param legacy true for {@code ENV key value} (BuildKit's separator {@code ""}), false for
 *     {@code key=value} (separator {@code "="})
 */
public record KeyValue(Token key, Token value, boolean legacy) {

  /** BuildKit's third node of the triple: {@code "="} or {@code ""} for the legacy form. */
  public String separator() {
    return legacy ? "" : "=";
  }

  /** From the key's start to the value's end. */
  public Range range() {
    return new Range(key.range().start(), value.range().end());
  }
}
