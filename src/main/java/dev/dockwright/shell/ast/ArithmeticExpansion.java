package dev.dockwright.shell.ast;

/** {@code $((expression))}; the expression is kept as text. */
public record ArithmeticExpansion(String expression, String text, Span span) implements WordPart {}
