package dev.dockwright.shell.ast;

/** Bash's {@code $'text'}: the value has its C-style escapes ({@code \n}, {@code \x41}, ...) decoded. */
public record AnsiCQuoted(String value, Span span) implements WordPart {}
