package dev.dockwright.compose;

import dev.dockwright.syntax.Range;

/**
 * A scalar value of a Compose file with where it is.
 *
 * @param value the value as YAML reads it (quotes and escapes resolved), before interpolation
 * @param range the value in the file, quotes included
 * @param plain written without quotes (so the text in {@code range} is {@code value})
 */
public record Scalar(String value, Range range, boolean plain) {}
