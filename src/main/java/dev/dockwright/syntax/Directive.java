package dev.dockwright.syntax;

/**
 * A parser directive ({@code # syntax=...}, {@code # escape=...}, {@code # check=...}) from the
 * leading block of comment lines. {@code name} is lower-cased, as BuildKit reports it;
 * {@code value} is trimmed. A comment that looks like a directive after that block is a plain
 * {@link Comment}, as in BuildKit.
 */
public record Directive(String name, String value, Range nameRange, Range valueRange, Range range,
    Range span, String text) implements Node {}
