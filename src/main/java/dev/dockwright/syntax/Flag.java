package dev.dockwright.syntax;

import java.util.Optional;

/**
 * A builder flag such as {@code --from=build} or {@code --link}, as BuildKit's parser extracts it.
 *
 * <p>{@code text} is BuildKit's flag string: quotes removed and escapes applied
 * ({@code --chown="app:app"} gives {@code --chown=app:app}). BuildKit scans flags byte by byte, so
 * a non-ASCII character in a flag comes out as the Latin-1 reading of its UTF-8 bytes; {@code text}
 * reproduces that, and {@code range} gives the original source text. The parser accepts any
 * {@code --name}; which flags an instruction allows is checked later (by BuildKit and by us).
 *
 * @param valueRange the source region of the value after {@code =}, empty if there is no {@code =}
 */
public record Flag(String text, Range range, Optional<Range> valueRange) {

  /** The name without the leading {@code --} and without the value: {@code from}. */
  public String name() {
    int eq = text.indexOf('=');
    return text.substring(2, eq < 0 ? text.length() : eq);
  }

  /** The value after the first {@code =}; empty for a bare flag such as {@code --link}. */
  public Optional<String> value() {
    int eq = text.indexOf('=');
    return eq < 0 ? Optional.empty() : Optional.of(text.substring(eq + 1));
  }

  @Override
  public String toString() {
    return text + "@" + range;
  }
}
