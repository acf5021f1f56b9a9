package dev.dockwright.shell.ast;

/** {@code 'text'}: the value is the text between the quotes, verbatim. */
public record SingleQuoted(String value, Span span) implements WordPart {}
