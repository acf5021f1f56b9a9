package dev.dockwright.shell.ast;

/**
 * Unquoted text, with backslash escapes already applied ({@code \x} becomes {@code x}) and line
 * continuations removed. Glob characters ({@code * ? [}), tildes and brace expressions stay as
 * written: a linter wants {@code /var/lib/apt/lists/*}, not the files it would match.
 */
public record Literal(String value, Span span) implements WordPart {}
